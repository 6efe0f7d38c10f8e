package io.invoiceocr.ocr.ppocr;

import java.util.List;

import io.invoiceocr.ocr.Point;
import io.invoiceocr.ocr.Quad;

/** How sure the detector is of a box: the probability map's mean inside it. */
final class BoxScore {

	private BoxScore() {
	}

	/** Mean probability inside the box (PaddleOCR's "fast" box score). */
	static float score(float[] map, int width, int height, Quad box) {
		int xMin = clamp((int) Math.floor(box.minX()), width - 1);
		int xMax = clamp((int) Math.ceil(box.maxX()), width - 1);
		int yMin = clamp((int) Math.floor(box.minY()), height - 1);
		int yMax = clamp((int) Math.ceil(box.maxY()), height - 1);
		double sum = 0;
		int count = 0;
		// the corners once, not once per pixel
		List<Point> corners = box.points();
		for (int y = yMin; y <= yMax; y++) {
			for (int x = xMin; x <= xMax; x++) {
				if (inside(corners, x, y)) {
					sum += map[y * width + x];
					count++;
				}
			}
		}
		return count == 0 ? 0 : (float) (sum / count);
	}

	/** Point in convex quad, edges included (as a filled polygon mask includes its outline). */
	private static boolean inside(List<Point> points, float x, float y) {
		boolean positive = false;
		boolean negative = false;
		for (int i = 0; i < 4; i++) {
			Point a = points.get(i);
			Point b = points.get((i + 1) % 4);
			float cross = (b.x() - a.x()) * (y - a.y()) - (b.y() - a.y()) * (x - a.x());
			positive |= cross > 0.5f;
			negative |= cross < -0.5f;
		}
		return !(positive && negative);
	}

	private static int clamp(int value, int max) {
		return Math.max(0, Math.min(value, max));
	}

}
