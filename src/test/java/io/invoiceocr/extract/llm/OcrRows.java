package io.invoiceocr.extract.llm;

import java.util.ArrayList;
import java.util.List;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.Pages;
import io.invoiceocr.ocr.PageResult;

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
			results.add(Pages.page(p + 1, pages[p].toArray(String[]::new)));
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
