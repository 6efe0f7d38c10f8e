package io.invoiceocr.ocr.decode;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPage;

/** Tells a PDF page that draws nothing (an empty page of an export, a separator sheet). */
final class EmptyPdfPages {

	/** Bytes of blank content looked at before a page is taken for one that draws something. */
	private static final int EMPTY_CONTENT_SCAN = 64 * 1024;

	private EmptyPdfPages() {
	}

	/** A page with no content stream, or only empty ones, and no annotation to show. */
	static boolean isEmpty(PDPage page) throws IOException {
		if (!page.getAnnotations().isEmpty()) {
			return false;
		}
		if (!page.hasContents()) {
			return true;
		}
		try (var contents = page.getContents()) {
			// a page's content of blanks only draws nothing; one byte of anything else may draw
			for (int read = 0, b; (b = contents.read()) != -1; read++) {
				if (!Character.isWhitespace(b)) {
					return false;
				}
				if (read > EMPTY_CONTENT_SCAN) {
					return false;
				}
			}
			return true;
		}
	}

}
