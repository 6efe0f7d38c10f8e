package io.invoiceocr.ocr.ppocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.invoiceocr.ocr.Point;
import io.invoiceocr.ocr.Quad;

/**
 * The detection stage of PaddleOCR's text system: the text boxes of a page image, clipped to it,
 * thin ones dropped, in PaddleOCR's order (top to bottom, then left to right).
 */
final class TextDetection {

	private final PredictorPool<DetectionTranslator.Request, List<Quad>> detector;

	private final int defaultLimitSide;

	TextDetection(PredictorPool<DetectionTranslator.Request, List<Quad>> detector, int defaultLimitSide) {
		this.detector = detector;
		this.defaultLimitSide = defaultLimitSide;
	}

	List<Quad> detect(RgbImage image, Map<String, Long> timings) {
		return detect(image, defaultLimitSide, "detect", timings);
	}

	List<Quad> detect(RgbImage image, int limitSide, String stage, Map<String, Long> timings) {
		long t = System.nanoTime();
		List<Quad> boxes = sorted(usable(detector.predict(new DetectionTranslator.Request(image, limitSide)), image));
		StageTimings.add(timings, stage, t);
		return boxes;
	}

	/** PaddleOCR's filter_tag_det_res: boxes clipped to the image, thin ones dropped. */
	private static List<Quad> usable(List<Quad> boxes, RgbImage image) {
		List<Quad> kept = new ArrayList<>(boxes.size());
		for (Quad box : boxes) {
			Quad clipped = new Quad(clip(box.topLeft(), image), clip(box.topRight(), image),
					clip(box.bottomRight(), image), clip(box.bottomLeft(), image));
			if (clipped.width() > 3 && clipped.height() > 3) {
				kept.add(clipped);
			}
		}
		return kept;
	}

	private static Point clip(Point point, RgbImage image) {
		return new Point(Math.min(Math.max(point.x(), 0), image.width() - 1),
				Math.min(Math.max(point.y(), 0), image.height() - 1));
	}

	/** PaddleOCR's sorted_boxes: top to bottom, then left to right among boxes within 10 px. */
	private static List<Quad> sorted(List<Quad> boxes) {
		List<Quad> sorted = new ArrayList<>(boxes);
		sorted.sort(Comparator.comparingDouble((Quad box) -> box.topLeft().y()).thenComparingDouble(box -> box.topLeft().x()));
		for (int i = 0; i < sorted.size() - 1; i++) {
			for (int j = i; j >= 0; j--) {
				Quad a = sorted.get(j);
				Quad b = sorted.get(j + 1);
				if (Math.abs(b.topLeft().y() - a.topLeft().y()) < 10 && b.topLeft().x() < a.topLeft().x()) {
					sorted.set(j, b);
					sorted.set(j + 1, a);
				}
				else {
					break;
				}
			}
		}
		return sorted;
	}

}
