package io.invoiceocr.document;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * A status change that the status machine does not allow, such as COMPLETED -> PROCESSING: refused by
 * {@link DocumentStatusService}'s early check, or by the database (SQLSTATE {@value #SQL_STATE}, see
 * {@link StatusMoveRefusals}) for any statement that writes {@code ocr_document}. A data integrity
 * violation: retrying the same write cannot succeed, and the code that made it is wrong.
 */
public class IllegalStatusTransitionException extends DataIntegrityViolationException {

	/** The SQLSTATE the trigger of migration V8 raises. */
	public static final String SQL_STATE = "23T01";

	private final String documentId;

	private final OcrStatus from;

	private final OcrStatus to;

	public IllegalStatusTransitionException(String documentId, OcrStatus from, OcrStatus to) {
		this(documentId, from, to, null);
	}

	/** @param from {@code null} for a new document that would start as {@code to} */
	public IllegalStatusTransitionException(String documentId, OcrStatus from, OcrStatus to, Throwable cause) {
		super(from == null ? "document " + documentId + " cannot start as " + to
				: "document " + documentId + " cannot move from " + from + " to " + to, cause);
		this.documentId = documentId;
		this.from = from;
		this.to = to;
	}

	public String documentId() {
		return documentId;
	}

	/** The status left, {@code null} for a new document. */
	public OcrStatus from() {
		return from;
	}

	public OcrStatus to() {
		return to;
	}

}
