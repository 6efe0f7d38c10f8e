package io.invoiceocr.document;

import java.util.List;

/**
 * Where a document is in its life. The allowed moves are the status machine of the service:
 * a document starts as PENDING; PENDING -> PROCESSING -> COMPLETED | FAILED; FAILED -> PENDING
 * (re-run, re-upload); PROCESSING -> PENDING (a claim released: its run died or was stopped, or the
 * object was re-uploaded); COMPLETED -> PENDING only when forced (a re-upload, a forced re-run).
 * <p>
 * The database enforces the same moves on every write of {@code ocr_document} (migration V8: the
 * table {@code ocr_status_move} and its trigger); {@link #MOVES} is their Java side, the early check of
 * {@link DocumentStatusService}. The two are written out each rather than one generated from the other:
 * the enum must work without a database (unit tests, no round trip for the early check), and a
 * Flyway migration is applied once and never edited, so it cannot be generated from code that changes.
 * StatusMachineIT compares them row for row and fails when they differ.
 */
public enum OcrStatus {

	PENDING, PROCESSING, COMPLETED, FAILED;

	/** Every allowed move, and the status a document starts in (the move from {@code null}). */
	public static final List<StatusMove> MOVES = List.of(
			new StatusMove(null, PENDING, false),
			new StatusMove(PENDING, PROCESSING, false),
			new StatusMove(PROCESSING, COMPLETED, false),
			new StatusMove(PROCESSING, FAILED, false),
			new StatusMove(PROCESSING, PENDING, false),
			new StatusMove(FAILED, PENDING, false),
			new StatusMove(COMPLETED, PENDING, true));

	/** Whether moving from this status to {@code target} is a legal transition. */
	public boolean canMoveTo(OcrStatus target, boolean forced) {
		return MOVES.stream()
			.anyMatch(move -> move.from() == this && move.to() == target && (forced || !move.forcedOnly()));
	}

	/** Whether a new document may start in this status. */
	public boolean isInitial() {
		return MOVES.stream().anyMatch(move -> move.from() == null && move.to() == this);
	}

}
