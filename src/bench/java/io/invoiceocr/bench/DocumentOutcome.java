package io.invoiceocr.bench;

/**
 * One document as one engine read it.
 *
 * @param document the document
 * @param reading  what the engine read, or null when it failed
 * @param millis   wall-clock milliseconds of the read (meaningless when it failed)
 * @param error    why it failed, or null
 * @param score    the page score against the reference, or null without ground truth
 */
record DocumentOutcome(EvalDocument document, Reading reading, double millis, String error, OcrScore.Page score) {

	boolean failed() {
		return reading == null;
	}

}
