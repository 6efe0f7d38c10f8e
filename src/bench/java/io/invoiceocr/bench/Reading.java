package io.invoiceocr.bench;

import java.util.Map;

/**
 * What an engine made of one document.
 *
 * @param text           the text in reading order, one row per line; pages separated by a form feed line
 * @param textLayerPages pages taken from a PDF text layer
 * @param ocrPages       pages read by OCR
 * @param stageMs        milliseconds per stage summed over the pages, where the engine reports them
 */
record Reading(String text, int textLayerPages, int ocrPages, Map<String, Long> stageMs) {

	Reading {
		stageMs = Map.copyOf(stageMs);
	}

	static Reading ofOcrPage(String text) {
		return new Reading(text, 0, 1, Map.of());
	}

	int pages() {
		return textLayerPages + ocrPages;
	}

}
