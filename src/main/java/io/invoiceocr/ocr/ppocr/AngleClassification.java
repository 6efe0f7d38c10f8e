package io.invoiceocr.ocr.ppocr;

import java.util.List;
import java.util.Map;

/** The angle classifier stage: which line crops are upside down. */
final class AngleClassification {

	private static final int CLS_BATCH = 32;

	private final PredictorPool<List<RgbImage>, boolean[]> classifier;

	AngleClassification(PredictorPool<List<RgbImage>, boolean[]> classifier) {
		this.classifier = classifier;
	}

	/** @return per crop, whether it is upside down */
	boolean[] classify(List<RgbImage> crops, Map<String, Long> timings) {
		long t = System.nanoTime();
		boolean[] flip = new boolean[crops.size()];
		for (int from = 0; from < crops.size(); from += CLS_BATCH) {
			List<RgbImage> batch = crops.subList(from, Math.min(from + CLS_BATCH, crops.size()));
			boolean[] result = classifier.predict(batch);
			System.arraycopy(result, 0, flip, from, result.length);
		}
		StageTimings.add(timings, "classify", t);
		return flip;
	}

}
