package io.invoiceocr.document;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Claims of PENDING documents by a processing run: each claimed document becomes PROCESSING with
 * the run's job execution, a partition number and a lease, and gets its audit row, all in one
 * statement. Partitions read their documents back by keyset (id order), so that a restarted
 * partition resumes with the documents it has not finished, and an expired lease (its run died)
 * returns a document to PENDING.
 */
@Repository
public class DocumentClaims {

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
	private static final String GAVE_UP = "'gave up after ' || (d.interrupted_reads + 1) || ' attempts: the process "
			+ "reading this document died each time before it had a result (the last: ' || %s || '); the file may "
			+ "exhaust memory or crash a reader: check it, then re-run it with rerunFailedJob'";

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
			""".formatted(GAVE_UP.formatted("'run ' || ?::bigint || ' died while reading it'"));

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

	/**
	 * What became of released claims.
	 *
	 * @param pending  documents back to PENDING, for the next run
	 * @param gaveUp   documents FAILED after too many attempts
	 */
	public record Release(List<String> pending, List<String> gaveUp) {

		public int size() {
			return pending.size() + gaveUp.size();
		}

	}

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

	/**
	 * Which FAILED documents a re-run takes; every criterion that is set must hold.
	 *
	 * @param failedSince   failed at or after this instant
	 * @param errorContains the error contains this text (case-insensitive)
	 * @param documentIds   one of these documents
	 * @param maxAttempts   processed fewer times than this
	 */
	public record FailedSelection(Instant failedSince, String errorContains, List<String> documentIds,
			Integer maxAttempts) {

		public FailedSelection {
			documentIds = documentIds == null ? null : List.copyOf(documentIds);
		}

	}

	/**
	 * What a run claimed.
	 *
	 * @param jobExecutionId the claiming run
	 * @param perPartition   documents claimed per partition number (only partitions that got some)
	 */
	public record Claim(long jobExecutionId, Map<Integer, Integer> perPartition) {

		public Claim {
			perPartition = Collections.unmodifiableMap(new TreeMap<>(perPartition));
		}

		public int total() {
			return perPartition.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	private final JdbcTemplate jdbc;

	public DocumentClaims(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims up to {@code limit} PENDING documents, oldest first, for a run, spread over
	 * {@code partitions} partitions (0..partitions-1). Runs in the caller's transaction.
	 */
	public Claim claim(long jobExecutionId, int partitions, int limit, Duration lease) {
		return claim(jobExecutionId, partitions, limit, lease, null);
	}

	/**
	 * Puts the chosen FAILED documents back to PENDING and claims exactly those for a re-run, in the
	 * caller's transaction (other PENDING documents are left to the next run).
	 */
	public Claim claimFailed(long jobExecutionId, int partitions, int limit, Duration lease, FailedSelection selection) {
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

	private Claim claim(long jobExecutionId, int partitions, int limit, Duration lease, String[] onlyIds) {
		if (partitions < 1 || limit < 1) {
			throw new IllegalArgumentException("partitions and limit must be at least 1, not " + partitions + " and " + limit);
		}
		Map<Integer, Integer> counts = new TreeMap<>();
		jdbc.query(CLAIM_SQL, rs -> {
			counts.put(rs.getInt(1), rs.getInt(2));
		}, onlyIds, onlyIds, limit, partitions, jobExecutionId, lease.toMillis() / 1000.0, jobExecutionId);
		return new Claim(jobExecutionId, counts);
	}

	/**
	 * The next page of a partition's documents still PROCESSING, after {@code afterId} (null for the
	 * first page), in id order: a partition restarted after a crash sees only what it has not
	 * finished.
	 */
	public List<OcrDocument> page(long jobExecutionId, int partition, String afterId, int size) {
		return jdbc.query(OcrDocumentRepository.SELECT_COLUMNS + """
				 WHERE claim_job_execution = ? AND claim_partition = ? AND ocr_status = 'PROCESSING'
				   AND (?::text IS NULL OR id > ?)
				 ORDER BY id
				 LIMIT ?
				""", OcrDocumentRepository.ROW_MAPPER, jobExecutionId, partition, afterId, afterId, size);
	}

	/**
	 * Extends the lease of a partition's unfinished documents: the run is alive. Leases with more
	 * than half their time left are not touched, so that a partition of many documents is not
	 * rewritten at every chunk. Returns how many were extended.
	 */
	public int renew(long jobExecutionId, int partition, Duration lease) {
		double seconds = lease.toMillis() / 1000.0;
		return jdbc.update("""
				UPDATE ocr_document SET claim_lease_until = now() + make_interval(secs => ?)
				WHERE claim_job_execution = ? AND claim_partition = ? AND ocr_status = 'PROCESSING'
				  AND claim_lease_until < now() + make_interval(secs => ?)
				""", seconds, jobExecutionId, partition, seconds / 2);
	}

	/**
	 * Returns every document whose lease has run out to PENDING (FAILED once taken
	 * {@code maxAttempts} times), with an audit row.
	 */
	public Release releaseExpired(int maxAttempts) {
		return release(RELEASE_SQL.formatted("claim_lease_until < now()",
				GAVE_UP.formatted(LEASE_RAN_OUT.formatted("expired.claim_job_execution")),
				LEASE_RAN_OUT.formatted("claim_job_execution")), maxAttempts);
	}

	/**
	 * Returns the documents claimed by runs known to be dead (recovered after a crash) to PENDING at
	 * once, without waiting for their leases (FAILED once taken {@code maxAttempts} times).
	 */
	public Release releaseClaimsOf(Collection<Long> jobExecutionIds, int maxAttempts) {
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
	public List<String> returnClaimsOf(Collection<Long> jobExecutionIds) {
		if (jobExecutionIds.isEmpty()) {
			return List.of();
		}
		return jdbc.queryForList(RETURN_SQL, String.class, (Object) jobExecutionIds.toArray(Long[]::new));
	}

	/**
	 * Marks the document a partition is about to read, and unmarks the one it read before (whose result
	 * is not yet committed): if the process dies now, this document, and only this one, was being read.
	 * Runs in the caller's transaction, which must be one of its own, so that the mark is there when
	 * the process dies.
	 */
	public void markReading(long claimExecution, String documentId, String previousId) {
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
	public Release countInterruptedReads(long claimExecution, int partition, int maxAttempts) {
		List<String> pending = new ArrayList<>();
		List<String> gaveUp = new ArrayList<>();
		jdbc.query(COUNT_INTERRUPTED_SQL, rs -> {
			(OcrStatus.valueOf(rs.getString(2)) == OcrStatus.FAILED ? gaveUp : pending).add(rs.getString(1));
		}, maxAttempts, claimExecution, partition, claimExecution);
		return new Release(List.copyOf(pending), List.copyOf(gaveUp));
	}

	/** The runs (claiming executions) that hold unfinished documents. */
	public List<Long> claimHolders() {
		return jdbc.queryForList(
				"SELECT DISTINCT claim_job_execution FROM ocr_document WHERE ocr_status = 'PROCESSING' ORDER BY 1", Long.class);
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

	/** The documents a run has claimed and not finished, in id order. */
	public List<OcrDocument> unfinished(long claimExecution) {
		return jdbc.query(OcrDocumentRepository.SELECT_COLUMNS
				+ " WHERE claim_job_execution = ? AND ocr_status = 'PROCESSING' ORDER BY id", OcrDocumentRepository.ROW_MAPPER,
				claimExecution);
	}

	/** Documents of a claim per status: how far its processing has come. */
	public Map<OcrStatus, Long> countByStatus(long claimExecution) {
		Map<OcrStatus, Long> counts = new EnumMap<>(OcrStatus.class);
		jdbc.query("SELECT ocr_status, count(*) FROM ocr_document WHERE claim_job_execution = ? GROUP BY ocr_status",
				rs -> {
					counts.put(OcrStatus.valueOf(rs.getString(1)), rs.getLong(2));
				}, claimExecution);
		return counts;
	}

}
