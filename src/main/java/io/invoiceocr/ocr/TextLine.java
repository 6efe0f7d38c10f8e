package io.invoiceocr.ocr;

import java.util.Objects;

/**
 * One line of text found on a page.
 *
 * @param text       the text
 * @param confidence 0..1: mean character probability for OCR, 1 for a PDF text layer
 * @param box        where it is on the page
 * @param page       page number, from 1
 * @param index      position in reading order on its page, from 0
 */
public record TextLine(String text, double confidence, Quad box, int page, int index) {

	public TextLine {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(box, "box");
	}

	public TextLine withIndex(int newIndex) {
		return new TextLine(text, confidence, box, page, newIndex);
	}

}
