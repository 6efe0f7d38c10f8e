package io.invoiceocr.document;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

import io.invoiceocr.document.DocumentClaims.Claim;
import io.invoiceocr.document.DocumentClaims.FailedSelection;

/**
 * Claiming for a run: PENDING documents (or FAILED ones chosen for a re-run) become PROCESSING
 * with the run's job execution, a partition number and a lease, with their audit rows, each in one
 * statement.
 */
final class PendingClaims {

	/**
	 * The oldest PENDING documents, locked with SKIP LOCKED so that two runs claiming at once take
	 * different documents, dealt round-robin into the partitions by id.
	 */
	private static final String CLAIM_SQL = """
			WITH picked AS (
			    SELECT id FROM ocr_document
			    WHERE ocr_status = 'PENDING' AND (?::text[] IS NULL OR id = ANY(?::text[]))
			    ORDER BY created_at, id
			    LIMIT ?
			    FOR UPDATE SKIP LOCKED
			), dealt AS (
			    SELECT id, ((row_number() OVER (ORDER BY id)) - 1) % ? AS part FROM picked
			), claimed AS (
			    UPDATE ocr_document d
			    SET ocr_status = 'PROCESSING', attempts = d.attempts + 1, updated_at = now(),
			        claim_job_execution = ?, claim_partition = dealt.part,
			        claim_lease_until = now() + make_interval(secs => ?)
			    FROM dealt
			    WHERE d.id = dealt.id
			    RETURNING d.id, d.claim_partition
			), audit AS (
			    INSERT INTO ocr_status_transition (document_id, from_status, to_status, reason, job_execution_id)
			    SELECT id, 'PENDING', 'PROCESSING', 'claimed for partition ' || claim_partition, ? FROM claimed
			)
			SELECT claim_partition, count(*) FROM claimed GROUP BY claim_partition
			""";

	/** FAILED documents chosen for a re-run go back to PENDING, with the reason. */
	private static final String RESET_FAILED_SQL = """
			WITH chosen AS (
			    SELECT id FROM ocr_document
			    WHERE ocr_status = 'FAILED'
			      AND (?::timestamptz IS NULL OR updated_at >= ?)
			      AND (?::text IS NULL OR error ILIKE '%' || ? || '%' ESCAPE '\\')
			      AND (?::text[] IS NULL OR id = ANY(?::text[]))
			      AND (?::integer IS NULL OR attempts < ?)
			    ORDER BY updated_at, id
			    LIMIT ?
			    FOR UPDATE SKIP LOCKED
			), reset AS (
			    UPDATE ocr_document d SET ocr_status = 'PENDING', updated_at = now()
			    FROM chosen WHERE d.id = chosen.id
			    RETURNING d.id
			), audit AS (
			    INSERT INTO ocr_status_transition (document_id, from_status, to_status, reason, job_execution_id)
			    SELECT id, 'FAILED', 'PENDING', 're-run requested', ? FROM reset
			)
			SELECT id FROM reset ORDER BY id
			""";

	private final JdbcTemplate jdbc;

	PendingClaims(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Puts the chosen FAILED documents back to PENDING and claims exactly those for a re-run, in the
	 * caller's transaction (other PENDING documents are left to the next run).
	 */
	Claim claimFailed(long jobExecutionId, int partitions, int limit, Duration lease, FailedSelection selection) {
		String contains = selection.errorContains() == null ? null
				: selection.errorContains().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		Timestamp since = selection.failedSince() == null ? null : Timestamp.from(selection.failedSince());
		String[] ids = selection.documentIds() == null ? null : selection.documentIds().toArray(String[]::new);
		List<String> reset = jdbc.queryForList(RESET_FAILED_SQL, String.class, since, since, contains, contains, ids, ids,
				selection.maxAttempts(), selection.maxAttempts(), limit, jobExecutionId);
		if (reset.isEmpty()) {
			return new Claim(jobExecutionId, Map.of());
		}
		return claim(jobExecutionId, partitions, reset.size(), lease, reset.toArray(String[]::new));
	}

	Claim claim(long jobExecutionId, int partitions, int limit, Duration lease, String[] onlyIds) {
		if (partitions < 1 || limit < 1) {
			throw new IllegalArgumentException("partitions and limit must be at least 1, not " + partitions + " and " + limit);
		}
		Map<Integer, Integer> counts = new TreeMap<>();
		jdbc.query(CLAIM_SQL, rs -> {
			counts.put(rs.getInt(1), rs.getInt(2));
		}, onlyIds, onlyIds, limit, partitions, jobExecutionId, lease.toMillis() / 1000.0, jobExecutionId);
		return new Claim(jobExecutionId, counts);
	}

}
