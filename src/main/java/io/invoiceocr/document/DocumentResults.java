package io.invoiceocr.document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The results of processing: a claimed document becomes COMPLETED or FAILED with its text, metadata
 * and invoice data and its audit row, in one statement. Only the run that holds the claim can write:
 * a document whose claim was released (its lease ran out) and taken by another run is left alone, so
 * that a document never gets two different results.
 */
@Repository
public class DocumentResults {

	private static final String FINISH_SQL = """
			WITH finished AS (
			    UPDATE ocr_document
			    SET ocr_status = ?, ocr_text = ?, ocr_metadata = ?::jsonb, invoice = ?::jsonb, error = ?,
			        content_sha256 = coalesce(?, content_sha256), claim_lease_until = NULL, reading_since = NULL,
			        updated_at = clock_timestamp()
			    WHERE id = ? AND ocr_status = 'PROCESSING' AND claim_job_execution = ?
			    RETURNING id, attempts, updated_at
			), audit AS (
			    INSERT INTO ocr_status_transition (document_id, from_status, to_status, reason, job_execution_id, occurred_at)
			    SELECT id, 'PROCESSING', ?, ?, ?, updated_at FROM finished
			)
			SELECT attempts, updated_at FROM finished
			""";

	/**
	 * A document's result.
	 *
	 * @param documentId     the document
	 * @param status         COMPLETED or FAILED
	 * @param contentSha256  SHA-256 of the object's bytes, or null when they could not be read
	 * @param text           the OCR text, or null
	 * @param metadataJson   {@code ocr_metadata} as JSON, or null
	 * @param invoiceJson    {@code invoice} as JSON, or null
	 * @param error          why it failed (FAILED only)
	 */
	public record Result(String documentId, OcrStatus status, String contentSha256, String text, String metadataJson,
			String invoiceJson, String error) {

		public Result {
			if (status != OcrStatus.COMPLETED && status != OcrStatus.FAILED) {
				throw new IllegalArgumentException("a result is COMPLETED or FAILED, not " + status);
			}
			if (status == OcrStatus.FAILED && (error == null || error.isBlank())) {
				throw new IllegalArgumentException("a FAILED result needs its reason");
			}
		}

	}

	/** A result as written: the attempt it belongs to and when it was reached. */
	public record Recorded(int attempt, Instant at) {
	}

	/** A COMPLETED result that a document with the same content can take over. */
	public record Reusable(String documentId, String text, String metadataJson, String invoiceJson) {
	}

	private final JdbcTemplate jdbc;

	public DocumentResults(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes a result in the caller's transaction, if {@code claimExecution} still holds the
	 * document's claim; empty when it does not (the result is then dropped).
	 */
	public Optional<Recorded> record(Result result, long claimExecution, long jobExecutionId) {
		String reason = result.status() == OcrStatus.FAILED ? result.error() : "processed";
		List<Recorded> rows = jdbc.query(FINISH_SQL,
				(rs, i) -> new Recorded(rs.getInt(1), rs.getTimestamp(2).toInstant()), result.status().name(),
				result.text(), result.metadataJson(), result.invoiceJson(), result.error(), result.contentSha256(),
				result.documentId(), claimExecution, result.status().name(), reason, jobExecutionId);
		return rows.stream().findFirst();
	}

	/** The most recent COMPLETED result of other documents with exactly this content. */
	public Optional<Reusable> completedWithContent(String contentSha256, String excludingDocumentId) {
		return jdbc.query("""
				SELECT id, ocr_text, ocr_metadata::text, invoice::text FROM ocr_document
				WHERE content_sha256 = ? AND ocr_status = 'COMPLETED' AND id <> ?
				ORDER BY updated_at DESC LIMIT 1
				""", (rs, i) -> new Reusable(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
				contentSha256, excludingDocumentId).stream().findFirst();
	}

}
