package io.invoiceocr.ingest;

import io.invoiceocr.document.StagingResult;

/**
 * What staging a batch of messages did, in counts.
 *
 * @param staged     new PENDING documents
 * @param reuploads  staged documents reopened for a newer upload
 * @param duplicates objects that were already staged (or older than what their document has)
 * @param removals   ObjectRemoved events recorded
 * @param rejected   messages kept in {@code ingest_reject}
 * @param ignored    messages acknowledged without effect (S3 test events, SNS housekeeping)
 */
public record IngestReport(int staged, int reuploads, int duplicates, int removals, int rejected, int ignored) {

	public static final IngestReport EMPTY = new IngestReport(0, 0, 0, 0, 0, 0);

	public static IngestReport of(StagingResult result, int removals, int rejected, int ignored) {
		return new IngestReport(result.staged().size(), result.reuploads().size(),
				result.duplicates().size() + result.superseded().size(), removals, rejected, ignored);
	}

	public IngestReport plus(IngestReport other) {
		return new IngestReport(staged + other.staged, reuploads + other.reuploads, duplicates + other.duplicates,
				removals + other.removals, rejected + other.rejected, ignored + other.ignored);
	}

	/** Events taken in, whatever came of them. */
	public int events() {
		return staged + reuploads + duplicates + removals + rejected + ignored;
	}

	@Override
	public String toString() {
		return "staged=" + staged + " reuploads=" + reuploads + " duplicates=" + duplicates + " removals=" + removals
				+ " rejected=" + rejected + " ignored=" + ignored;
	}

}
