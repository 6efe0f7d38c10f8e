package io.invoiceocr.ocr.decode;

import java.util.List;

import io.invoiceocr.ocr.TextLine;

/**
 * A PDF page whose own text layer was usable, so it needs no OCR.
 *
 * @param number page number, from 1
 * @param width  page width in PDF points (as displayed, so after the page's rotation)
 * @param height page height in PDF points
 * @param lines  line segments with boxes in PDF points, origin top-left, y down, in reading order
 */
public record TextLayerPage(int number, float width, float height, List<TextLine> lines) implements DecodedPage {

	public TextLayerPage {
		if (number < 1) {
			throw new IllegalArgumentException("page numbers start at 1, was " + number);
		}
		lines = List.copyOf(lines);
	}

}
