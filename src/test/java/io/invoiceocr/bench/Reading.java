package io.invoiceocr.bench;

/**
 * What an engine made of one document.
 *
 * @param text           the text in reading order, one row per line; pages separated by a form feed line
 * @param textLayerPages pages taken from a PDF text layer
 * @param ocrPages       pages read by OCR
 */
record Reading(String text, int textLayerPages, int ocrPages) {

	static Reading ofOcrPage(String text) {
		return new Reading(text, 0, 1);
	}

	int pages() {
		return textLayerPages + ocrPages;
	}

}
