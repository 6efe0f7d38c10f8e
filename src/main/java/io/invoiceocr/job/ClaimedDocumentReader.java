package io.invoiceocr.job;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import io.invoiceocr.document.DocumentClaims;
import io.invoiceocr.document.OcrDocument;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one partition's claimed documents that are still PROCESSING, a page at a time in id order
 * (keyset: finished documents leave the set, so offsets would skip some). The last id read is saved
 * at each commit, and every page renews the partition's lease: a run that reads is alive.
 */
class ClaimedDocumentReader implements ItemStreamReader<OcrDocument> {

	private static final String AFTER = "claim.after";

	private final DocumentClaims claims;

	private final long claimExecution;

	private final int partition;

	private final int pageSize;

	private final Duration lease;

	private final Deque<OcrDocument> page = new ArrayDeque<>();

	private String lastId;

	ClaimedDocumentReader(DocumentClaims claims, long claimExecution, int partition, int pageSize, Duration lease) {
		this.claims = claims;
		this.claimExecution = claimExecution;
		this.partition = partition;
		this.pageSize = pageSize;
		this.lease = lease;
	}

	@Override
	public void open(ExecutionContext context) {
		lastId = context.containsKey(AFTER) ? context.getString(AFTER) : null;
	}

	@Override
	public OcrDocument read() {
		if (page.isEmpty()) {
			claims.renew(claimExecution, partition, lease);
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
