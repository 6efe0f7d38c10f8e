package io.invoiceocr.document;

import java.time.Duration;
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
			    WHERE ocr_status = 'PENDING'
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

	/** Leases run out: their runs died. The documents go back to PENDING, with the reason. */
	private static final String RELEASE_SQL = """
			WITH expired AS (
			    SELECT id, claim_job_execution FROM ocr_document
			    WHERE ocr_status = 'PROCESSING' AND claim_lease_until < now()
			    FOR UPDATE SKIP LOCKED
			), released AS (
			    UPDATE ocr_document d
			    SET ocr_status = 'PENDING', updated_at = now(),
			        claim_job_execution = NULL, claim_partition = NULL, claim_lease_until = NULL
			    FROM expired
			    WHERE d.id = expired.id
			    RETURNING d.id, expired.claim_job_execution
			), audit AS (
			    INSERT INTO ocr_status_transition (document_id, from_status, to_status, reason, job_execution_id)
			    SELECT id, 'PROCESSING', 'PENDING',
			           'the lease of run ' || claim_job_execution || ' ran out: its run is gone; claim released', NULL
			    FROM released
			)
			SELECT id FROM released ORDER BY id
			""";

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
		if (partitions < 1 || limit < 1) {
			throw new IllegalArgumentException("partitions and limit must be at least 1, not " + partitions + " and " + limit);
		}
		Map<Integer, Integer> counts = new TreeMap<>();
		jdbc.query(CLAIM_SQL, rs -> {
			counts.put(rs.getInt(1), rs.getInt(2));
		}, limit, partitions, jobExecutionId, lease.toMillis() / 1000.0, jobExecutionId);
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

	/** Extends the lease of a partition's unfinished documents: the run is alive. Returns how many. */
	public int renew(long jobExecutionId, int partition, Duration lease) {
		return jdbc.update("""
				UPDATE ocr_document SET claim_lease_until = now() + make_interval(secs => ?)
				WHERE claim_job_execution = ? AND claim_partition = ? AND ocr_status = 'PROCESSING'
				""", lease.toMillis() / 1000.0, jobExecutionId, partition);
	}

	/** Returns every document whose lease has run out to PENDING, with an audit row; their ids. */
	public List<String> releaseExpired() {
		return jdbc.queryForList(RELEASE_SQL, String.class);
	}

}
