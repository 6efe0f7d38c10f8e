package io.invoiceocr.document;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves one document at a time: the row is locked, the move is checked against the status machine,
 * and the new status and its audit row are written in one transaction. The check here is the early,
 * friendly one; the guard is the database, which refuses an illegal move from any statement (the
 * set-based ones of {@link DocumentClaims}, {@link DocumentResults} and {@link OcrDocumentRepository}
 * too), see {@link OcrStatus}.
 */
@Service
public class DocumentStatusService {

	private final JdbcTemplate jdbc;

	public DocumentStatusService(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Moves a document to {@code target}.
	 * @param reason         why, in words for the audit trail; for FAILED it becomes the document's error
	 * @param jobExecutionId the run making the change, or {@code null}
	 * @throws IllegalStatusTransitionException when the status machine forbids the move
	 */
	@Transactional
	public StatusTransition transition(String documentId, OcrStatus target, String reason, Long jobExecutionId) {
		return move(documentId, target, reason, jobExecutionId, false);
	}

	/** Puts a COMPLETED document back to PENDING, e.g. after a model upgrade. Other moves as usual. */
	@Transactional
	public StatusTransition forceTransition(String documentId, OcrStatus target, String reason,
			Long jobExecutionId) {
		return move(documentId, target, reason, jobExecutionId, true);
	}

	private StatusTransition move(String documentId, OcrStatus target, String reason, Long jobExecutionId,
			boolean forced) {
		OcrStatus current = lockCurrentStatus(documentId);
		if (!current.canMoveTo(target, forced)) {
			throw new IllegalStatusTransitionException(documentId, current, target);
		}
		Supplier<Integer> update = () -> jdbc.update("""
				UPDATE ocr_document
				SET ocr_status = ?, updated_at = now(),
				    error = CASE WHEN ? = 'FAILED' THEN ? WHEN ? = 'COMPLETED' THEN NULL ELSE error END,
				    attempts = attempts + CASE WHEN ? = 'PROCESSING' THEN 1 ELSE 0 END,
				    -- back to PENDING releases the claim, so that a run still holding it cannot write a result
				    claim_job_execution = CASE WHEN ? = 'PENDING' THEN NULL ELSE claim_job_execution END,
				    claim_partition = CASE WHEN ? = 'PENDING' THEN NULL ELSE claim_partition END,
				    claim_lease_until = CASE WHEN ? = 'PENDING' THEN NULL ELSE claim_lease_until END
				WHERE id = ?
				""", target.name(), target.name(), reason, target.name(), target.name(), target.name(), target.name(),
				target.name(), documentId);
		if (forced) {
			ForcedMoves.forcing(jdbc, update);
		}
		else {
			update.get();
		}
		return jdbc.queryForObject("""
				INSERT INTO ocr_status_transition (document_id, from_status, to_status, reason, job_execution_id)
				VALUES (?, ?, ?, ?, ?)
				RETURNING document_id, from_status, to_status, reason, job_execution_id, occurred_at
				""", (rs, i) -> new StatusTransition(rs.getString(1), OcrStatus.valueOf(rs.getString(2)),
				OcrStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, Long.class),
				rs.getTimestamp(6).toInstant()), documentId, current.name(), target.name(), reason, jobExecutionId);
	}

	private OcrStatus lockCurrentStatus(String documentId) {
		List<String> status = jdbc.queryForList("SELECT ocr_status FROM ocr_document WHERE id = ? FOR UPDATE",
				String.class, documentId);
		if (status.isEmpty()) {
			throw new DocumentNotFoundException(documentId);
		}
		return OcrStatus.valueOf(status.get(0));
	}

	/** The audit trail of one document, oldest first. */
	public List<StatusTransition> history(String documentId) {
		return jdbc.query("""
				SELECT document_id, from_status, to_status, reason, job_execution_id, occurred_at
				FROM ocr_status_transition WHERE document_id = ? ORDER BY occurred_at, id
				""", (rs, i) -> new StatusTransition(rs.getString(1),
				rs.getString(2) == null ? null : OcrStatus.valueOf(rs.getString(2)), OcrStatus.valueOf(rs.getString(3)),
				rs.getString(4), rs.getObject(5, Long.class), rs.getTimestamp(6).toInstant()), documentId);
	}

}
