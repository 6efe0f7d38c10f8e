package io.invoiceocr.document;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import io.invoiceocr.document.DocumentClaims.Release;

/**
 * The document a partition is reading, marked while it reads, so that a read cut short by the
 * process dying is counted against that document only, and a document that keeps killing its
 * reader is given up on.
 */
final class InterruptedReads {

	/**
	 * A partition restarted with its claims (a backfill launched again, a restart) counts the read
	 * that its dead execution had under way as interrupted, and gives up on a document that has had
	 * {@code maxAttempts} of them, before reading anything.
	 */
	private static final String COUNT_INTERRUPTED_SQL = """
			WITH interrupted AS (
			    SELECT id, interrupted_reads + 1 >= ? AS give_up FROM ocr_document
			    WHERE claim_job_execution = ? AND claim_partition = ? AND ocr_status = 'PROCESSING'
			      AND reading_since IS NOT NULL
			    FOR UPDATE
			), counted AS (
			    UPDATE ocr_document d
			    SET interrupted_reads = d.interrupted_reads + 1, reading_since = NULL, updated_at = now(),
			        ocr_status = CASE WHEN give_up THEN 'FAILED' ELSE d.ocr_status END,
			        error = CASE WHEN give_up THEN %s ELSE d.error END,
			        claim_lease_until = CASE WHEN give_up THEN NULL ELSE d.claim_lease_until END
			    FROM interrupted
			    WHERE d.id = interrupted.id
			    RETURNING d.id, d.ocr_status, d.error
			), audit AS (
			    INSERT INTO ocr_status_transition (document_id, from_status, to_status, reason, job_execution_id)
			    SELECT id, 'PROCESSING', 'FAILED', error, NULL FROM counted WHERE ocr_status = 'FAILED'
			)
			SELECT id, ocr_status FROM counted ORDER BY id
			""".formatted(ClaimReleases.GAVE_UP.formatted("'run ' || ?::bigint || ' died while reading it'"));

	private final JdbcTemplate jdbc;

	InterruptedReads(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Marks the document a partition is about to read, and unmarks the one it read before (whose result
	 * is not yet committed): if the process dies now, this document, and only this one, was being read.
	 * Runs in the caller's transaction, which must be one of its own, so that the mark is there when
	 * the process dies.
	 */
	void markReading(long claimExecution, String documentId, String previousId) {
		String[] marked = previousId == null ? new String[] { documentId } : new String[] { documentId, previousId };
		jdbc.update("""
				UPDATE ocr_document SET reading_since = CASE WHEN id = ? THEN clock_timestamp() END
				WHERE id = ANY(?::text[]) AND claim_job_execution = ? AND ocr_status = 'PROCESSING'
				""", documentId, marked, claimExecution);
	}

	/**
	 * Counts the read a partition's dead execution had under way as interrupted (see
	 * {@link #markReading}); documents with {@code maxAttempts} interrupted reads are FAILED. The
	 * others stay claimed, for the partition to read again.
	 */
	Release countInterruptedReads(long claimExecution, int partition, int maxAttempts) {
		List<String> pending = new ArrayList<>();
		List<String> gaveUp = new ArrayList<>();
		jdbc.query(COUNT_INTERRUPTED_SQL, rs -> {
			(OcrStatus.valueOf(rs.getString(2)) == OcrStatus.FAILED ? gaveUp : pending).add(rs.getString(1));
		}, maxAttempts, claimExecution, partition, claimExecution);
		return new Release(List.copyOf(pending), List.copyOf(gaveUp));
	}

}
