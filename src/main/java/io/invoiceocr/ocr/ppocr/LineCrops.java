package io.invoiceocr.ocr.ppocr;

import io.invoiceocr.ocr.Point;
import io.invoiceocr.ocr.Quad;

/** PaddleOCR's get_rotate_crop_image: a text box cut out of the page and warped upright. */
final class LineCrops {

	private LineCrops() {
	}

	/** Warps the quad upright and turns tall crops to lie flat. */
	static RgbImage crop(RgbImage image, Quad box) {
		int width = Math.max(1, (int) Math.max(distance(box.topLeft(), box.topRight()),
				distance(box.bottomLeft(), box.bottomRight())));
		int height = Math.max(1, (int) Math.max(distance(box.topLeft(), box.bottomLeft()),
				distance(box.topRight(), box.bottomRight())));
		RgbImage crop = image.warp(box, width, height);
		return height >= 1.5 * width ? crop.rotateClockwise(270) : crop;
	}

	private static double distance(Point a, Point b) {
		return Math.hypot(a.x() - b.x(), a.y() - b.y());
	}

}
