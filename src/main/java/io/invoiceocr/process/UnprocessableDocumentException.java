package io.invoiceocr.process;

/**
 * This document cannot be processed, for the reason the message gives to a person: it fails alone
 * (FAILED), the run goes on.
 */
public class UnprocessableDocumentException extends Exception {

	public UnprocessableDocumentException(String message) {
		super(message);
	}

}
