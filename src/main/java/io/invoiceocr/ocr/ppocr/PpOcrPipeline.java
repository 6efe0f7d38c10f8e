package io.invoiceocr.ocr.ppocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.invoiceocr.ocr.OcrProperties;
import io.invoiceocr.ocr.PagePath;
import io.invoiceocr.ocr.PageResult;
import io.invoiceocr.ocr.Point;
import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.ReadingOrder;
import io.invoiceocr.ocr.TextLine;

/**
 * PaddleOCR's text system ({@code tools/infer/predict_system.py}) on one page image: detect text
 * boxes, crop each upright with a perspective warp, turn upside-down lines with the angle
 * classifier, recognise the crops in batches of similar aspect ratio, and put the lines in reading
 * order. Pages turned by 90, 180 or 270 degrees are found (mostly tall boxes: turned by 90 or 270;
 * mostly upside-down lines: turned by 180) and read upright; boxes are reported on the page as
 * given.
 */
final class PpOcrPipeline {

	/**
	 * PaddleOCR pads every recogniser input to at least 320 wide; receipts are full of short crops
	 * ("SR", "1", "0.00") for which that is mostly padding. 96 cut the recognition time by a quarter
	 * on the SROIE receipts with the same CER (bench/ocr-eval).
	 */
	private static final int MIN_REC_WIDTH = 96;

	/** Padded recogniser widths are rounded up to this, so that the engine sees few distinct shapes. */
	private static final int REC_WIDTH_STEP = 32;

	/** Lines the classifier looks at to tell whether a whole page is upside down. */
	private static final int ORIENTATION_SAMPLE = 12;

	private static final int CLS_BATCH = 32;

	/** Character width, in pixels as the detector sees the page, under which print counts as small. */
	static final double SMALL_PRINT_CHAR_PX = 3.5;

	/** Character width small print is brought to by reading the page larger. */
	static final double SMALL_PRINT_TARGET_CHAR_PX = 5;

	/** Lines shorter than this say little about character width (a lone "1" in a wide box). */
	private static final int MIN_MEASURED_CHARS = 4;

	private final PredictorPool<DetectionTranslator.Request, List<Quad>> detector;

	private final PredictorPool<List<RgbImage>, boolean[]> classifier;

	private final PredictorPool<RecognitionBatch, List<Recognition>> recognizer;

	private final OcrProperties settings;

	PpOcrPipeline(PredictorPool<DetectionTranslator.Request, List<Quad>> detector, PredictorPool<List<RgbImage>, boolean[]> classifier,
			PredictorPool<RecognitionBatch, List<Recognition>> recognizer, OcrProperties settings) {
		this.detector = detector;
		this.classifier = classifier;
		this.recognizer = recognizer;
		this.settings = settings;
	}

	PageResult read(RgbImage page, int pageNumber) {
		Map<String, Long> timings = new LinkedHashMap<>();
		long started = System.nanoTime();
		Upright upright = upright(page, timings);
		List<Quad> boxes = upright.boxes();
		List<Recognition> recognized = recognize(upright.image(), boxes, "", timings);
		int limit = smallTextLimit(upright.image(), boxes, recognized);
		if (limit > 0) {
			boxes = detect(upright.image(), limit, "detect-small-text", timings);
			recognized = recognize(upright.image(), boxes, "-small-text", timings);
		}

		List<TextLine> lines = new ArrayList<>();
		for (int i = 0; i < recognized.size(); i++) {
			Recognition recognition = recognized.get(i);
			String text = recognition.text().strip();
			if (recognition.score() >= settings.dropScore() && !text.isEmpty()) {
				lines.add(new TextLine(text, recognition.score(), boxes.get(i), pageNumber, i));
			}
		}
		List<TextLine> ordered = ReadingOrder.order(lines);
		String text = ReadingOrder.text(ordered);
		List<TextLine> onPage = ordered.stream().map(line -> onOriginalPage(line, upright)).toList();
		timings.put("total", (System.nanoTime() - started) / 1_000_000);
		return new PageResult(pageNumber, PagePath.OCR, page.width(), page.height(), upright.rotation(), onPage, text,
				timings);
	}

	/** Crops the boxes upright, turns upside-down ones when classifying, and recognises them. */
	private List<Recognition> recognize(RgbImage image, List<Quad> boxes, String pass, Map<String, Long> timings) {
		long t = System.nanoTime();
		List<RgbImage> crops = new ArrayList<>(boxes.size());
		for (Quad box : boxes) {
			crops.add(crop(image, box));
		}
		add(timings, "crop" + pass, t);
		boolean[] flip = settings.useAngleClassifier() ? classify(crops, timings) : new boolean[crops.size()];
		for (int i = 0; i < crops.size(); i++) {
			if (flip[i]) {
				crops.set(i, crops.get(i).rotateClockwise(180));
			}
		}
		List<Recognition> recognized = recognizeCrops(crops, "recognize" + pass, timings);
		long r = System.nanoTime();
		recognized = CurrencySymbolRecovery.recover(crops, recognized);
		add(timings, "currency-symbols" + pass, r);
		return recognized;
	}

	/**
	 * The longer side at which to read the page again when its print is small for the detector, or
	 * 0. At {@code detLimitSide} an A4 page scanned at 300 dpi is shrunk about 3.6 times, and 5- or
	 * 6-point print comes out under {@value #SMALL_PRINT_CHAR_PX} pixels a character, where the
	 * detector cuts and merges lines. Character width (box length over characters read) tells small
	 * print apart better than box height, which the unclip margin inflates: measured at 960, 5 pt
	 * gives 2.7 pixels, 6 pt 3.2, 7 pt 3.8, the SROIE receipts and the ZUGFeRD pages rendered at 300
	 * dpi 3.9 to 11 (median per page). Such a page is read again large enough to bring its median
	 * character to {@value #SMALL_PRINT_TARGET_CHAR_PX} pixels, up to {@code smallTextLimitSide}.
	 */
	private int smallTextLimit(RgbImage image, List<Quad> boxes, List<Recognition> recognized) {
		int longSide = Math.max(image.width(), image.height());
		int ceiling = Math.min(settings.smallTextLimitSide(), longSide);
		if (ceiling < settings.detLimitSide() * 1.25) {
			return 0;
		}
		double scale = (double) settings.detLimitSide() / longSide;
		double[] charWidths = new double[boxes.size()];
		int measured = 0;
		for (int i = 0; i < boxes.size(); i++) {
			int characters = recognized.get(i).text().strip().length();
			if (characters >= MIN_MEASURED_CHARS) {
				Quad box = boxes.get(i);
				charWidths[measured++] = Math.max(box.width(), box.height()) / characters * scale;
			}
		}
		if (measured == 0) {
			return 0;
		}
		double[] sorted = Arrays.copyOf(charWidths, measured);
		Arrays.sort(sorted);
		double median = sorted[measured / 2];
		if (median >= SMALL_PRINT_CHAR_PX) {
			return 0;
		}
		return (int) Math.min(ceiling, Math.ceil(settings.detLimitSide() * SMALL_PRINT_TARGET_CHAR_PX / median));
	}

	/** The page turned upright, its text boxes, and how far it was turned (degrees clockwise). */
	private record Upright(RgbImage image, List<Quad> boxes, int rotation) {
	}

	private Upright upright(RgbImage page, Map<String, Long> timings) {
		List<Quad> boxes = detect(page, timings);
		if (!settings.detectPageRotation() || boxes.size() < 3) {
			return new Upright(page, boxes, 0);
		}
		long tall = boxes.stream().filter(box -> box.height() >= 1.5f * box.width()).count();
		if (tall > 0.6 * boxes.size()) {
			// Lines run vertically: the page is turned by 90 or 270. Turn it by 90 and ask the
			// classifier whether the lines are now upside down, which means 270 was right.
			RgbImage turned = page.rotateClockwise(90);
			List<Quad> turnedBoxes = detect(turned, timings);
			if (mostlyUpsideDown(turned, turnedBoxes, timings)) {
				RgbImage other = page.rotateClockwise(270);
				return new Upright(other, detect(other, timings), 270);
			}
			return new Upright(turned, turnedBoxes, 90);
		}
		if (mostlyUpsideDown(page, boxes, timings)) {
			RgbImage turned = page.rotateClockwise(180);
			return new Upright(turned, detect(turned, timings), 180);
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
			.map(box -> crop(image, box))
			.toList();
		boolean[] flip = classify(crops, timings);
		int upsideDown = 0;
		for (boolean f : flip) {
			upsideDown += f ? 1 : 0;
		}
		return upsideDown > flip.length / 2;
	}

	private List<Quad> detect(RgbImage image, Map<String, Long> timings) {
		return detect(image, settings.detLimitSide(), "detect", timings);
	}

	private List<Quad> detect(RgbImage image, int limitSide, String stage, Map<String, Long> timings) {
		long t = System.nanoTime();
		List<Quad> boxes = sorted(usable(detector.predict(new DetectionTranslator.Request(image, limitSide)), image));
		add(timings, stage, t);
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

	/** PaddleOCR's get_rotate_crop_image: warp the quad upright, turn tall crops to lie flat. */
	private static RgbImage crop(RgbImage image, Quad box) {
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

	private boolean[] classify(List<RgbImage> crops, Map<String, Long> timings) {
		long t = System.nanoTime();
		boolean[] flip = new boolean[crops.size()];
		for (int from = 0; from < crops.size(); from += CLS_BATCH) {
			List<RgbImage> batch = crops.subList(from, Math.min(from + CLS_BATCH, crops.size()));
			boolean[] result = classifier.predict(batch);
			System.arraycopy(result, 0, flip, from, result.length);
		}
		add(timings, "classify", t);
		return flip;
	}

	/** Recognises in batches of similar aspect ratio, so that little of each batch is padding. */
	private List<Recognition> recognizeCrops(List<RgbImage> crops, String stage, Map<String, Long> timings) {
		long t = System.nanoTime();
		Integer[] order = new Integer[crops.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble(i -> ratio(crops.get(i))));
		Recognition[] results = new Recognition[crops.size()];
		int batchSize = settings.recBatchSize();
		for (int from = 0; from < order.length; from += batchSize) {
			int to = Math.min(from + batchSize, order.length);
			List<RgbImage> batch = new ArrayList<>(to - from);
			double maxRatio = 0;
			for (int k = from; k < to; k++) {
				RgbImage crop = crops.get(order[k]);
				batch.add(crop);
				maxRatio = Math.max(maxRatio, ratio(crop));
			}
			int width = Math.max(MIN_REC_WIDTH, (int) Math.ceil(RecognitionTranslator.HEIGHT * maxRatio));
			width = (width + REC_WIDTH_STEP - 1) / REC_WIDTH_STEP * REC_WIDTH_STEP;
			List<Recognition> recognized = recognizer.predict(new RecognitionBatch(batch, width));
			for (int k = from; k < to; k++) {
				RgbImage crop = crops.get(order[k]);
				// the crop filled min(width, its own fitted width) of the padded input
				int fitted = Math.min(width, (int) Math.ceil(RecognitionTranslator.HEIGHT * ratio(crop)));
				results[order[k]] = recognized.get(k - from).scaled((double) width / Math.max(1, fitted));
			}
		}
		add(timings, stage, t);
		return List.of(results);
	}

	private static double ratio(RgbImage crop) {
		return (double) crop.width() / crop.height();
	}

	private static TextLine onOriginalPage(TextLine line, Upright upright) {
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

	private static void add(Map<String, Long> timings, String stage, long startedNanos) {
		timings.merge(stage, (System.nanoTime() - startedNanos) / 1_000_000, Long::sum);
	}

}
