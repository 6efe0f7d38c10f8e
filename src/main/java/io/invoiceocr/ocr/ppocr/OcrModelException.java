package io.invoiceocr.ocr.ppocr;

/** The OCR models cannot be found or loaded; the message names the files expected. */
public class OcrModelException extends RuntimeException {

	public OcrModelException(String message) {
		super(message);
	}

	public OcrModelException(String message, Throwable cause) {
		super(message, cause);
	}

}
