package io.invoiceocr.extract.einvoice;

/**
 * An element of an invoice XML holds a value its syntax does not allow: an amount that is not a
 * number, a date that is not a date. The message names the element and quotes the value.
 */
class InvalidValueException extends Exception {

	InvalidValueException(String message) {
		super(message);
	}

}
