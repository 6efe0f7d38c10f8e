package io.invoiceocr.ingest.backfill;

import java.time.Instant;

/**
 * One backfill: the objects under {@code prefix} in {@code bucket}, optionally only those last
 * modified in [{@code modifiedAfter}, {@code modifiedBefore}).
 *
 * @param dryRun count what would be staged, stage nothing
 */
public record BackfillRequest(String bucket, String prefix, Instant modifiedAfter, Instant modifiedBefore,
		boolean dryRun) {

	public boolean inWindow(Instant lastModified) {
		if (lastModified == null) {
			return modifiedAfter == null && modifiedBefore == null;
		}
		return (modifiedAfter == null || !lastModified.isBefore(modifiedAfter))
				&& (modifiedBefore == null || lastModified.isBefore(modifiedBefore));
	}

}
