package io.invoiceocr.ocr;

import java.util.List;

/**
 * A text box as four corners, clockwise from top-left (the order PaddleOCR and SROIE use). Not
 * necessarily axis-aligned: text on a skewed scan is a rotated rectangle.
 */
public record Quad(Point topLeft, Point topRight, Point bottomRight, Point bottomLeft) {

	public static Quad ofRectangle(float left, float top, float right, float bottom) {
		return new Quad(new Point(left, top), new Point(right, top), new Point(right, bottom), new Point(left, bottom));
	}

	public List<Point> points() {
		return List.of(topLeft, topRight, bottomRight, bottomLeft);
	}

	public float minX() {
		return Math.min(Math.min(topLeft.x(), topRight.x()), Math.min(bottomRight.x(), bottomLeft.x()));
	}

	public float maxX() {
		return Math.max(Math.max(topLeft.x(), topRight.x()), Math.max(bottomRight.x(), bottomLeft.x()));
	}

	public float minY() {
		return Math.min(Math.min(topLeft.y(), topRight.y()), Math.min(bottomRight.y(), bottomLeft.y()));
	}

	public float maxY() {
		return Math.max(Math.max(topLeft.y(), topRight.y()), Math.max(bottomRight.y(), bottomLeft.y()));
	}

	/** Height of the text: mean length of the left and right edges. */
	public float height() {
		return (distance(topLeft, bottomLeft) + distance(topRight, bottomRight)) / 2;
	}

	/** Width of the text: mean length of the top and bottom edges. */
	public float width() {
		return (distance(topLeft, topRight) + distance(bottomLeft, bottomRight)) / 2;
	}

	private static float distance(Point a, Point b) {
		return (float) Math.hypot(a.x() - b.x(), a.y() - b.y());
	}

}
