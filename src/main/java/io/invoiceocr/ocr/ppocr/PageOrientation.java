package io.invoiceocr.ocr.ppocr;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.invoiceocr.ocr.Point;
import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.TextLine;

/**
 * Finds pages turned by 90, 180 or 270 degrees (mostly tall boxes: turned by 90 or 270; mostly
 * upside-down lines: turned by 180), turns them upright for reading, and maps the lines read back
 * onto the page as given.
 */
final class PageOrientation {

	/** Lines the classifier looks at to tell whether a whole page is upside down. */
	private static final int ORIENTATION_SAMPLE = 12;

	/** The page turned upright, its text boxes, and how far it was turned (degrees clockwise). */
	record Upright(RgbImage image, List<Quad> boxes, int rotation) {
	}

	private final TextDetection detection;

	private final AngleClassification classification;

	private final boolean detectPageRotation;

	PageOrientation(TextDetection detection, AngleClassification classification, boolean detectPageRotation) {
		this.detection = detection;
		this.classification = classification;
		this.detectPageRotation = detectPageRotation;
	}

	Upright upright(RgbImage page, Map<String, Long> timings) {
		List<Quad> boxes = detection.detect(page, timings);
		if (!detectPageRotation || boxes.size() < 3) {
			return new Upright(page, boxes, 0);
		}
		long tall = boxes.stream().filter(box -> box.height() >= 1.5f * box.width()).count();
		if (tall > 0.6 * boxes.size()) {
			// Lines run vertically: the page is turned by 90 or 270. Turn it by 90 and ask the
			// classifier whether the lines are now upside down, which means 270 was right.
			RgbImage turned = page.rotateClockwise(90);
			List<Quad> turnedBoxes = detection.detect(turned, timings);
			if (mostlyUpsideDown(turned, turnedBoxes, timings)) {
				RgbImage other = page.rotateClockwise(270);
				return new Upright(other, detection.detect(other, timings), 270);
			}
			return new Upright(turned, turnedBoxes, 90);
		}
		if (mostlyUpsideDown(page, boxes, timings)) {
			RgbImage turned = page.rotateClockwise(180);
			return new Upright(turned, detection.detect(turned, timings), 180);
		}
		return new Upright(page, boxes, 0);
	}

	/** The classifier's verdict on the widest lines (the surest to classify) of the page. */
	private boolean mostlyUpsideDown(RgbImage image, List<Quad> boxes, Map<String, Long> timings) {
		if (boxes.size() < 3) {
			return false;
		}
		List<RgbImage> crops = boxes.stream()
			.sorted(Comparator.comparingDouble((Quad box) -> box.width()).reversed())
			.limit(ORIENTATION_SAMPLE)
			.map(box -> LineCrops.crop(image, box))
			.toList();
		boolean[] flip = classification.classify(crops, timings);
		int upsideDown = 0;
		for (boolean f : flip) {
			upsideDown += f ? 1 : 0;
		}
		return upsideDown > flip.length / 2;
	}

	/** The line with its box on the page as given, not as read upright. */
	static TextLine onOriginalPage(TextLine line, Upright upright) {
		if (upright.rotation() == 0) {
			return line;
		}
		int w = upright.image().width();
		int h = upright.image().height();
		Quad box = line.box();
		// the same corners, mapped back; the upright reading of the quad stays its corner order
		int pageWidth = upright.rotation() == 180 ? w : h;
		int pageHeight = upright.rotation() == 180 ? h : w;
		Quad original = new Quad(onPage(box.topLeft(), upright.rotation(), w, h, pageWidth, pageHeight),
				onPage(box.topRight(), upright.rotation(), w, h, pageWidth, pageHeight),
				onPage(box.bottomRight(), upright.rotation(), w, h, pageWidth, pageHeight),
				onPage(box.bottomLeft(), upright.rotation(), w, h, pageWidth, pageHeight));
		return new TextLine(line.text(), line.confidence(), original, line.page(), line.index());
	}

	private static Point onPage(Point point, int rotation, int w, int h, int pageWidth, int pageHeight) {
		Point mapped = RgbImage.unrotate(point, rotation, w, h);
		return new Point(Math.min(Math.max(mapped.x(), 0), pageWidth - 1), Math.min(Math.max(mapped.y(), 0), pageHeight - 1));
	}

}
