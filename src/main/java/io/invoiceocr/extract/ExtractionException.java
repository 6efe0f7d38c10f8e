package io.invoiceocr.extract;

/** Extraction failed for this document, for the reason the message gives. */
public class ExtractionException extends Exception {

	public ExtractionException(String message) {
		super(message);
	}

	public ExtractionException(String message, Throwable cause) {
		super(message, cause);
	}

}
