package io.invoiceocr.ocr.decode;

/**
 * A document that cannot be read, and why, in words a person understands. The reason lets the
 * caller tell bad input (FAILED document) from a limit that was configured.
 */
public class DocumentDecodeException extends Exception {

	/** Why a document cannot be read. */
	public enum Reason {
		EMPTY, TOO_LARGE, TOO_MANY_PAGES, TOO_MANY_PIXELS, ENCRYPTED, CORRUPT, UNSUPPORTED_TYPE
	}

	private final Reason reason;

	public DocumentDecodeException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public DocumentDecodeException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
