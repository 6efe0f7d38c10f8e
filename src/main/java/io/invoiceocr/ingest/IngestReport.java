package io.invoiceocr.ingest;

/**
 * What staging a batch of messages did, in counts.
 *
 * @param staged     new PENDING documents
 * @param duplicates objects that were already staged
 * @param removals   ObjectRemoved events recorded
 * @param rejected   messages kept in {@code ingest_reject}
 * @param ignored    messages acknowledged without effect (S3 test events, SNS housekeeping)
 */
public record IngestReport(int staged, int duplicates, int removals, int rejected, int ignored) {

	public static final IngestReport EMPTY = new IngestReport(0, 0, 0, 0, 0);

	public IngestReport plus(IngestReport other) {
		return new IngestReport(staged + other.staged, duplicates + other.duplicates, removals + other.removals,
				rejected + other.rejected, ignored + other.ignored);
	}

}
