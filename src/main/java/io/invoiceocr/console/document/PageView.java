package io.invoiceocr.console.document;

import java.util.List;

/**
 * One page of a document with the boxes to draw over its image, in the page's own units (PDF
 * points for a text layer, pixels of the OCR image otherwise): the image is stretched to the same
 * box, so the overlay fits whatever size the image was drawn at.
 */
public record PageView(int number, double width, double height, String path, List<Shape> lines, List<Shape> evidence) {

	/** A polygon with what it stands for: the line's text, or the field whose evidence it is. */
	public record Shape(String points, String label, String field) {
	}

	public String viewBox() {
		return "0 0 " + width + " " + height;
	}

}
