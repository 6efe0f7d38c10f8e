package io.invoiceocr.ocr.ppocr;

/**
 * The text read from one line crop, its score (mean probability of its characters) and where each
 * character was read: the CTC step that emitted it, as a fraction of the recogniser's padded input
 * width (a restored space has the position of the gap it fills). Positions tell where the text ends
 * in the crop, and so where ink the recogniser had no character for stands.
 */
record Recognition(String text, float score, float[] positions) {

	Recognition(String text, float score) {
		this(text, score, new float[0]);
	}

	/** The same reading, its positions as fractions of the crop's own width instead. */
	Recognition scaled(double factor) {
		float[] scaled = new float[positions.length];
		for (int i = 0; i < positions.length; i++) {
			scaled[i] = (float) Math.min(1, positions[i] * factor);
		}
		return new Recognition(text, score, scaled);
	}

}
