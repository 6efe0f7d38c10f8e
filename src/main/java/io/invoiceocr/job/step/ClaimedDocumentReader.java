package io.invoiceocr.job.step;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import io.invoiceocr.document.DocumentClaims;
import io.invoiceocr.document.OcrDocument;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads one partition's claimed documents that are still PROCESSING, a page at a time in id order
 * (keyset: finished documents leave the set, so offsets would skip some). The last id read is saved
 * at each commit, and every page renews the partition's lease, committed at once in a transaction
 * of its own (inside the chunk's, other runs would not see it, and the renewed rows would stay
 * locked while the chunk's documents are read): a run that reads is alive. On open, a restarted
 * partition counts the read its dead execution had under way, and skips a document that has died
 * on every reader.
 */
class ClaimedDocumentReader implements ItemStreamReader<OcrDocument> {

	private static final String AFTER = "claim.after";

	private final DocumentClaims claims;

	private final long claimExecution;

	private final int partition;

	private final int pageSize;

	private final Duration lease;

	private final TransactionTemplate renewal;

	private final ClaimRelease release;

	private final Deque<OcrDocument> page = new ArrayDeque<>();

	private String lastId;

	/**
	 * @param renewal a transaction of its own ({@code REQUIRES_NEW}) for renewing the lease
	 * @param release gives up on documents whose every read was interrupted
	 */
	ClaimedDocumentReader(DocumentClaims claims, long claimExecution, int partition, int pageSize, Duration lease,
			TransactionTemplate renewal, ClaimRelease release) {
		this.claims = claims;
		this.claimExecution = claimExecution;
		this.partition = partition;
		this.pageSize = pageSize;
		this.lease = lease;
		this.renewal = renewal;
		this.release = release;
	}

	@Override
	public void open(ExecutionContext context) {
		lastId = context.containsKey(AFTER) ? context.getString(AFTER) : null;
		// a restart of a partition whose process died: the document it was reading is blamed first
		release.interruptedReads(claimExecution, partition);
	}

	@Override
	public OcrDocument read() {
		if (page.isEmpty()) {
			renewal.executeWithoutResult(status -> claims.renew(claimExecution, partition, lease));
			page.addAll(claims.page(claimExecution, partition, lastId, pageSize));
		}
		OcrDocument next = page.poll();
		if (next != null) {
			lastId = next.id();
		}
		return next;
	}

	@Override
	public void update(ExecutionContext context) {
		if (lastId != null) {
			context.putString(AFTER, lastId);
		}
	}

}
