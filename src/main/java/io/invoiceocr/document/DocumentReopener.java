package io.invoiceocr.document;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reopens a staged document for a newer upload of it, in one statement with its audit row.
 */
final class DocumentReopener {

	/**
	 * Points the document at its newer object and makes it PENDING again, forgetting results of the
	 * old object and releasing any claim (a run still processing the old object then cannot write).
	 * The event-time condition keeps two concurrent stagings from going back in time.
	 */
	private static final String REOPEN_SQL = """
			WITH old AS (
			    SELECT id, ocr_status FROM ocr_document
			    WHERE id = ? AND (event_time IS NULL OR event_time < ?::timestamptz)
			    FOR UPDATE
			), reopened AS (
			    UPDATE ocr_document d
			    SET bucket = ?, object_key = ?, version_id = ?, etag = ?, size_bytes = ?, content_type = ?,
			        content_sha256 = NULL, source = ?, event_time = ?::timestamptz, source_message_id = ?,
			        object_removed_at = NULL, ocr_status = 'PENDING', error = NULL, ocr_text = NULL,
			        ocr_metadata = NULL, invoice = NULL, claim_job_execution = NULL, claim_partition = NULL,
			        claim_lease_until = NULL, updated_at = now()
			    FROM old
			    WHERE d.id = old.id
			    RETURNING d.id, old.ocr_status AS from_status
			), audit AS (
			    INSERT INTO ocr_status_transition (document_id, from_status, to_status, reason, job_execution_id)
			    SELECT id, from_status, 'PENDING', ?, ? FROM reopened
			)
			SELECT from_status FROM reopened
			""";

	private final JdbcTemplate jdbc;

	DocumentReopener(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A re-upload replaces the object a result was read from, so that result is thrown away on purpose:
	 * a COMPLETED document is reopened as a forced move. The audit row names the status the row had
	 * when it was locked, the one the database checked the move from.
	 */
	boolean reopen(OcrDocument existing, NewDocument document, Long jobExecutionId) {
		String reason = "re-uploaded: " + document.objectUri() + " replaces " + existing.objectUri();
		List<String> reopened = ForcedMoves.forcing(jdbc, () -> jdbc.queryForList(REOPEN_SQL, String.class,
				document.id(), iso(document.eventTime()), document.bucket(), document.objectKey(), document.versionId(),
				document.etag(), document.sizeBytes(), document.contentType(), document.source().name(),
				iso(document.eventTime()), document.sourceMessageId(), reason, jobExecutionId));
		return !reopened.isEmpty();
	}

	private static String iso(Instant instant) {
		return instant == null ? null : instant.toString();
	}

}
