package io.invoiceocr.ocr.decode;

import java.util.List;

import io.invoiceocr.ocr.TextLine;

/**
 * The text layer of a PDF page as extracted, before anyone judged it.
 *
 * @param lines  line segments, boxes in PDF points, origin top-left, y down
 * @param width  width of the page in the frame the boxes are measured in
 * @param height height of the page in that frame
 */
record PageText(List<TextLine> lines, float width, float height) {

	PageText {
		lines = List.copyOf(lines);
	}

}
