package io.invoiceocr.extract;

import java.nio.file.Path;
import java.util.Objects;

import io.invoiceocr.ocr.OcrResult;

/**
 * What an extractor works from.
 *
 * @param ocr      the OCR (or PDF text layer) result of the document
 * @param document the document file, for what only the file holds (a PDF's embedded e-invoice XML);
 *                 may be null
 */
public record ExtractionInput(OcrResult ocr, Path document) {

	public ExtractionInput {
		Objects.requireNonNull(ocr, "ocr");
	}

}
