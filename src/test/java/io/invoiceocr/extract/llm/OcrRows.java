package io.invoiceocr.extract.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.ocr.PagePath;
import io.invoiceocr.ocr.PageResult;
import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.TextLine;

/** Documents made of given rows: each string one OCR line on a row of its own. */
final class OcrRows {

	private OcrRows() {
	}

	/** A one-page document. */
	static DocumentText page(String... rows) {
		return pages(List.of(rows));
	}

	@SafeVarargs
	static DocumentText pages(List<String>... pages) {
		List<PageResult> results = new ArrayList<>();
		for (int p = 0; p < pages.length; p++) {
			List<TextLine> lines = new ArrayList<>();
			List<String> rows = pages[p];
			for (int i = 0; i < rows.size(); i++) {
				String text = rows.get(i);
				float top = 20 + 30 * i;
				Quad box = Quad.ofRectangle(10, top, 10 + 8 * text.length(), top + 20);
				lines.add(new TextLine(text, 0.95, box, p + 1, i));
			}
			results.add(new PageResult(p + 1, PagePath.OCR, 1000, 40 + 30 * rows.size(), 0, lines,
					String.join("\n", rows), Map.of()));
		}
		return DocumentText.of(results);
	}

	/** {@code count} rows such as {@code Item 17 Widget RM 1,70}, numbered from {@code first}. */
	static List<String> items(int first, int count) {
		List<String> rows = new ArrayList<>();
		for (int i = first; i < first + count; i++) {
			rows.add("Item " + i + " Widget RM " + i / 10 + "," + i % 10 + "0");
		}
		return rows;
	}

}
