package io.invoiceocr.ocr.ppocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The recognition stage: the text of line crops, read in batches of similar aspect ratio. */
final class TextRecognition {

	/**
	 * PaddleOCR pads every recogniser input to at least 320 wide; receipts are full of short crops
	 * ("SR", "1", "0.00") for which that is mostly padding. 96 cut the recognition time by a quarter
	 * on the SROIE receipts with the same CER (bench/ocr-eval).
	 */
	private static final int MIN_REC_WIDTH = 96;

	/** Padded recogniser widths are rounded up to this, so that the engine sees few distinct shapes. */
	private static final int REC_WIDTH_STEP = 32;

	private final PredictorPool<RecognitionBatch, List<Recognition>> recognizer;

	private final int batchSize;

	TextRecognition(PredictorPool<RecognitionBatch, List<Recognition>> recognizer, int batchSize) {
		this.recognizer = recognizer;
		this.batchSize = batchSize;
	}

	/** Recognises in batches of similar aspect ratio, so that little of each batch is padding. */
	List<Recognition> recognize(List<RgbImage> crops, String stage, Map<String, Long> timings) {
		long t = System.nanoTime();
		Integer[] order = new Integer[crops.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble(i -> ratio(crops.get(i))));
		Recognition[] results = new Recognition[crops.size()];
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
		StageTimings.add(timings, stage, t);
		return List.of(results);
	}

	private static double ratio(RgbImage crop) {
		return (double) crop.width() / crop.height();
	}

}
