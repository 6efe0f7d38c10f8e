package io.invoiceocr.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import io.invoiceocr.document.DocumentClaims.Release;

/**
 * Claims given back: those of runs that are gone (lease ran out, run died) return to PENDING, or
 * FAILED after too many interrupted reads; those of runs stopped on purpose return to PENDING
 * without counting an attempt. Each in one statement with its audit rows.
 */
final class ClaimReleases {

	/**
	 * Claims whose run is gone return to PENDING, with the reason. The document a partition was reading
	 * when its run died ({@code reading_since} set) counts that read as interrupted; one whose reads
	 * were interrupted {@code maxAttempts} times (it exhausts memory or crashes a reader, run after run)
	 * is FAILED instead, and the documents read beside it go back to PENDING unblamed. The predicate
	 * (on {@code ocr_document}) says which claims: leases that ran out, or the claims of dead runs.
	 */
	private static final String RELEASE_SQL = """
			WITH expired AS (
			    SELECT id, claim_job_execution, reading_since IS NOT NULL AS interrupted,
			        reading_since IS NOT NULL AND interrupted_reads + 1 >= ? AS give_up
			    FROM ocr_document
			    WHERE ocr_status = 'PROCESSING' AND %s
			    FOR UPDATE SKIP LOCKED
			), released AS (
			    UPDATE ocr_document d
			    SET ocr_status = CASE WHEN give_up THEN 'FAILED' ELSE 'PENDING' END,
			        interrupted_reads = d.interrupted_reads + expired.interrupted::int, reading_since = NULL,
			        error = CASE WHEN give_up THEN %s ELSE d.error END,
			        updated_at = now(), claim_lease_until = NULL,
			        claim_job_execution = CASE WHEN give_up THEN d.claim_job_execution END,
			        claim_partition = CASE WHEN give_up THEN d.claim_partition END
			    FROM expired
			    WHERE d.id = expired.id
			    RETURNING d.id, d.ocr_status, d.error, expired.claim_job_execution
			), audit AS (
			    INSERT INTO ocr_status_transition (document_id, from_status, to_status, reason, job_execution_id)
			    SELECT id, 'PROCESSING', ocr_status, coalesce(error, %s || ': claim released'), NULL
			    FROM released
			)
			SELECT id, ocr_status FROM released ORDER BY id
			""";

	/**
	 * The reason a document is given up on, as SQL over {@code d} (the document) and the SQL of how
	 * its last run ended.
	 */
	static final String GAVE_UP = "'gave up after ' || (d.interrupted_reads + 1) || ' attempts: the process "
			+ "reading this document died each time before it had a result (the last: ' || %s || '); the file may "
			+ "exhaust memory or crash a reader: check it, then re-run it with rerunFailedJob'";

	/**
	 * Claims of runs stopped on purpose (a shutdown, a stop request) return to PENDING for the next
	 * run. The stop is not an attempt: the document was not read, or its result would be written.
	 */
	private static final String RETURN_SQL = """
			WITH stopped AS (
			    SELECT id, claim_job_execution FROM ocr_document
			    WHERE ocr_status = 'PROCESSING' AND claim_job_execution = ANY(?::bigint[])
			    FOR UPDATE SKIP LOCKED
			), returned AS (
			    UPDATE ocr_document d
			    SET ocr_status = 'PENDING', attempts = greatest(d.attempts - 1, 0), updated_at = now(),
			        claim_lease_until = NULL, claim_job_execution = NULL, claim_partition = NULL, reading_since = NULL
			    FROM stopped
			    WHERE d.id = stopped.id
			    RETURNING d.id, stopped.claim_job_execution
			), audit AS (
			    INSERT INTO ocr_status_transition (document_id, from_status, to_status, reason, job_execution_id)
			    SELECT id, 'PROCESSING', 'PENDING', 'run ' || claim_job_execution || ' was stopped before it read this document',
			        NULL
			    FROM returned
			)
			SELECT id FROM returned ORDER BY id
			""";

	/** Why a claim was released, as SQL over the column that holds the claiming run. */
	private static final String LEASE_RAN_OUT = "'the lease of run ' || %s || ' ran out: its run is gone'";

	private static final String RUN_DIED = "'run ' || %s || ' died (recovered after a crash)'";

	private final JdbcTemplate jdbc;

	ClaimReleases(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Returns every document whose lease has run out to PENDING (FAILED once taken
	 * {@code maxAttempts} times), with an audit row.
	 */
	Release releaseExpired(int maxAttempts) {
		return release(RELEASE_SQL.formatted("claim_lease_until < now()",
				GAVE_UP.formatted(LEASE_RAN_OUT.formatted("expired.claim_job_execution")),
				LEASE_RAN_OUT.formatted("claim_job_execution")), maxAttempts);
	}

	/**
	 * Returns the documents claimed by runs known to be dead (recovered after a crash) to PENDING at
	 * once, without waiting for their leases (FAILED once taken {@code maxAttempts} times).
	 */
	Release releaseClaimsOf(Collection<Long> jobExecutionIds, int maxAttempts) {
		if (jobExecutionIds.isEmpty()) {
			return new Release(List.of(), List.of());
		}
		return release(RELEASE_SQL.formatted("claim_job_execution = ANY(?::bigint[])",
				GAVE_UP.formatted(RUN_DIED.formatted("expired.claim_job_execution")),
				RUN_DIED.formatted("claim_job_execution")), maxAttempts,
				(Object) jobExecutionIds.toArray(Long[]::new));
	}

	/**
	 * Returns the unfinished documents of runs that were stopped on purpose to PENDING, without
	 * counting the stop as an attempt; returns their ids.
	 */
	List<String> returnClaimsOf(Collection<Long> jobExecutionIds) {
		if (jobExecutionIds.isEmpty()) {
			return List.of();
		}
		return jdbc.queryForList(RETURN_SQL, String.class, (Object) jobExecutionIds.toArray(Long[]::new));
	}

	private Release release(String sql, int maxAttempts, Object... predicate) {
		Object[] parameters = new Object[predicate.length + 1];
		parameters[0] = maxAttempts;
		System.arraycopy(predicate, 0, parameters, 1, predicate.length);
		List<String> pending = new ArrayList<>();
		List<String> gaveUp = new ArrayList<>();
		jdbc.query(sql, rs -> {
			(OcrStatus.valueOf(rs.getString(2)) == OcrStatus.FAILED ? gaveUp : pending).add(rs.getString(1));
		}, parameters);
		return new Release(List.copyOf(pending), List.copyOf(gaveUp));
	}

}
