package io.invoiceocr.ocr.ppocr;

import io.invoiceocr.ocr.OcrUnavailableException;

/** The OCR models cannot be found, loaded or used; the message names the files expected. */
public class OcrModelException extends OcrUnavailableException {

	public OcrModelException(String message) {
		super(message);
	}

	public OcrModelException(String message, Throwable cause) {
		super(message, cause);
	}

}
