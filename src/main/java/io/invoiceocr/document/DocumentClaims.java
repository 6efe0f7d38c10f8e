package io.invoiceocr.document;

import java.time.Duration;
import java.time.Instant;
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
 * <p>
 * The statements live with their concern: {@link PendingClaims} claims, {@link ClaimReleases}
 * gives claims back, {@link InterruptedReads} marks and counts reads cut short; this class reads a
 * claim's documents and is the one entry point callers use.
 */
@Repository
public class DocumentClaims {

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

	private final PendingClaims pending;

	private final ClaimReleases releases;

	private final InterruptedReads reads;

	public DocumentClaims(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.pending = new PendingClaims(jdbc);
		this.releases = new ClaimReleases(jdbc);
		this.reads = new InterruptedReads(jdbc);
	}

	/**
	 * Claims up to {@code limit} PENDING documents, oldest first, for a run, spread over
	 * {@code partitions} partitions (0..partitions-1). Runs in the caller's transaction.
	 */
	public Claim claim(long jobExecutionId, int partitions, int limit, Duration lease) {
		return pending.claim(jobExecutionId, partitions, limit, lease, null);
	}

	/**
	 * Puts the chosen FAILED documents back to PENDING and claims exactly those for a re-run, in the
	 * caller's transaction (other PENDING documents are left to the next run).
	 */
	public Claim claimFailed(long jobExecutionId, int partitions, int limit, Duration lease, FailedSelection selection) {
		return pending.claimFailed(jobExecutionId, partitions, limit, lease, selection);
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
		return releases.releaseExpired(maxAttempts);
	}

	/**
	 * Returns the documents claimed by runs known to be dead (recovered after a crash) to PENDING at
	 * once, without waiting for their leases (FAILED once taken {@code maxAttempts} times).
	 */
	public Release releaseClaimsOf(Collection<Long> jobExecutionIds, int maxAttempts) {
		return releases.releaseClaimsOf(jobExecutionIds, maxAttempts);
	}

	/**
	 * Returns the unfinished documents of runs that were stopped on purpose to PENDING, without
	 * counting the stop as an attempt; returns their ids.
	 */
	public List<String> returnClaimsOf(Collection<Long> jobExecutionIds) {
		return releases.returnClaimsOf(jobExecutionIds);
	}

	/**
	 * Marks the document a partition is about to read, and unmarks the one it read before (whose result
	 * is not yet committed): if the process dies now, this document, and only this one, was being read.
	 * Runs in the caller's transaction, which must be one of its own, so that the mark is there when
	 * the process dies.
	 */
	public void markReading(long claimExecution, String documentId, String previousId) {
		reads.markReading(claimExecution, documentId, previousId);
	}

	/**
	 * Counts the read a partition's dead execution had under way as interrupted (see
	 * {@link #markReading}); documents with {@code maxAttempts} interrupted reads are FAILED. The
	 * others stay claimed, for the partition to read again.
	 */
	public Release countInterruptedReads(long claimExecution, int partition, int maxAttempts) {
		return reads.countInterruptedReads(claimExecution, partition, maxAttempts);
	}

	/** The runs (claiming executions) that hold unfinished documents. */
	public List<Long> claimHolders() {
		return jdbc.queryForList(
				"SELECT DISTINCT claim_job_execution FROM ocr_document WHERE ocr_status = 'PROCESSING' ORDER BY 1", Long.class);
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
