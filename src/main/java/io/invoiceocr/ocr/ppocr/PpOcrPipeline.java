package io.invoiceocr.ocr.ppocr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.invoiceocr.ocr.OcrProperties;
import io.invoiceocr.ocr.PagePath;
import io.invoiceocr.ocr.PageResult;
import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.ReadingOrder;
import io.invoiceocr.ocr.TextLine;
import io.invoiceocr.ocr.ppocr.PageOrientation.Upright;

/**
 * PaddleOCR's text system ({@code tools/infer/predict_system.py}) on one page image: detect text
 * boxes, crop each upright with a perspective warp, turn upside-down lines with the angle
 * classifier, recognise the crops in batches of similar aspect ratio, and put the lines in reading
 * order. Pages turned by 90, 180 or 270 degrees are found (mostly tall boxes: turned by 90 or 270;
 * mostly upside-down lines: turned by 180) and read upright; boxes are reported on the page as
 * given.
 */
final class PpOcrPipeline {

	private final TextDetection detection;

	private final AngleClassification classification;

	private final TextRecognition textRecognition;

	private final PageOrientation orientation;

	private final SmallPrint smallPrint;

	private final OcrProperties settings;

	PpOcrPipeline(PredictorPool<DetectionTranslator.Request, List<Quad>> detector, PredictorPool<List<RgbImage>, boolean[]> classifier,
			PredictorPool<RecognitionBatch, List<Recognition>> recognizer, OcrProperties settings) {
		this.detection = new TextDetection(detector, settings.detLimitSide());
		this.classification = new AngleClassification(classifier);
		this.textRecognition = new TextRecognition(recognizer, settings.recBatchSize());
		this.orientation = new PageOrientation(detection, classification, settings.detectPageRotation());
		this.smallPrint = new SmallPrint(settings);
		this.settings = settings;
	}

	PageResult read(RgbImage page, int pageNumber) {
		Map<String, Long> timings = new LinkedHashMap<>();
		long started = System.nanoTime();
		Upright upright = orientation.upright(page, timings);
		List<Quad> boxes = upright.boxes();
		List<Recognition> recognized = recognize(upright.image(), boxes, "", timings);
		int limit = smallPrint.smallTextLimit(upright.image(), boxes, recognized);
		if (limit > 0) {
			boxes = detection.detect(upright.image(), limit, "detect-small-text", timings);
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
		List<TextLine> onPage = ordered.stream().map(line -> PageOrientation.onOriginalPage(line, upright)).toList();
		timings.put("total", (System.nanoTime() - started) / 1_000_000);
		return new PageResult(pageNumber, PagePath.OCR, page.width(), page.height(), upright.rotation(), onPage, text,
				timings);
	}

	/** Crops the boxes upright, turns upside-down ones when classifying, and recognises them. */
	private List<Recognition> recognize(RgbImage image, List<Quad> boxes, String pass, Map<String, Long> timings) {
		long t = System.nanoTime();
		List<RgbImage> crops = new ArrayList<>(boxes.size());
		for (Quad box : boxes) {
			crops.add(LineCrops.crop(image, box));
		}
		StageTimings.add(timings, "crop" + pass, t);
		boolean[] flip = settings.useAngleClassifier() ? classification.classify(crops, timings) : new boolean[crops.size()];
		for (int i = 0; i < crops.size(); i++) {
			if (flip[i]) {
				crops.set(i, crops.get(i).rotateClockwise(180));
			}
		}
		List<Recognition> recognized = textRecognition.recognize(crops, "recognize" + pass, timings);
		long r = System.nanoTime();
		recognized = CurrencySymbolRecovery.recover(crops, recognized);
		StageTimings.add(timings, "currency-symbols" + pass, r);
		return recognized;
	}

}
