package io.invoiceocr.ocr.ppocr;

import java.util.Map;

/** Milliseconds per stage of a page's reading, summed when a stage runs more than once. */
final class StageTimings {

	private StageTimings() {
	}

	static void add(Map<String, Long> timings, String stage, long startedNanos) {
		timings.merge(stage, (System.nanoTime() - startedNanos) / 1_000_000, Long::sum);
	}

}
