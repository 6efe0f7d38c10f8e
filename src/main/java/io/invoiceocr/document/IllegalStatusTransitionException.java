package io.invoiceocr.document;

/** A status change that the status machine does not allow, such as COMPLETED -> PROCESSING. */
public class IllegalStatusTransitionException extends RuntimeException {

	public IllegalStatusTransitionException(String documentId, OcrStatus from, OcrStatus to) {
		super("document " + documentId + " cannot move from " + from + " to " + to);
	}

}
