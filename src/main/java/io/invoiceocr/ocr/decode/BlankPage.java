package io.invoiceocr.ocr.decode;

/**
 * A PDF page that draws nothing (no content, no annotations): known blank without rendering it.
 *
 * @param number page number, from 1
 * @param width  page width in PDF points
 * @param height page height in PDF points
 */
public record BlankPage(int number, float width, float height) implements DecodedPage {

	public BlankPage {
		if (number < 1) {
			throw new IllegalArgumentException("page numbers start at 1, was " + number);
		}
	}

}
