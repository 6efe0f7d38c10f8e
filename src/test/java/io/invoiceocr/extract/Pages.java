package io.invoiceocr.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.invoiceocr.ocr.OcrResult;
import io.invoiceocr.ocr.PagePath;
import io.invoiceocr.ocr.PageResult;
import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.ReadingOrder;
import io.invoiceocr.ocr.TextLine;

/**
 * Documents for extraction tests, written as rows of text: each string is a row, and {@code " | "}
 * separates lines standing side by side in it (columns), as OCR or a text layer would give them.
 */
public final class Pages {

	private static final float ROW_HEIGHT = 20;

	private static final float COLUMN_WIDTH = 300;

	private Pages() {
	}

	/** A one-page document. */
	public static OcrResult document(String... rows) {
		return new OcrResult("application/pdf", List.of(page(1, rows)), "test", Map.of(), Map.of());
	}

	/** A document of several pages, each given as its rows. */
	public static OcrResult pages(List<String[]> pages) {
		List<PageResult> results = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			results.add(page(i + 1, pages.get(i)));
		}
		return new OcrResult("application/pdf", results, "test", Map.of(), Map.of());
	}

	public static PageResult page(int number, String... rows) {
		List<TextLine> lines = new ArrayList<>();
		for (int r = 0; r < rows.length; r++) {
			String[] columns = rows[r].split(" \\| ");
			for (int c = 0; c < columns.length; c++) {
				if (columns[c].isBlank()) {
					continue;
				}
				float left = 20 + c * COLUMN_WIDTH;
				float top = 20 + r * ROW_HEIGHT * 1.5f;
				Quad box = Quad.ofRectangle(left, top, left + columns[c].length() * 7, top + ROW_HEIGHT);
				lines.add(new TextLine(columns[c], 1.0, box, number, 0));
			}
		}
		List<TextLine> ordered = ReadingOrder.order(lines);
		return new PageResult(number, PagePath.TEXT_LAYER, 800, 1200, 0, ordered, ReadingOrder.text(ordered), Map.of());
	}

}
