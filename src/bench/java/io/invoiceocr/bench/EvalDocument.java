package io.invoiceocr.bench;

import java.nio.file.Path;

/**
 * One document of the evaluation set.
 *
 * @param id        the file name without extension; names the output files
 * @param file      the image or PDF
 * @param reference the ground-truth page text, or null where there is none (PDF folders)
 */
record EvalDocument(String id, Path file, String reference) {

	boolean hasReference() {
		return reference != null;
	}

}
