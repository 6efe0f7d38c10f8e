package io.invoiceocr.document;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a document is in its life. The allowed moves are the status machine of the service:
 * PENDING -> PROCESSING -> COMPLETED | FAILED; FAILED -> PENDING (re-run); PROCESSING -> PENDING
 * (a claim orphaned by a run that died); COMPLETED -> PENDING only when a re-run is forced.
 */
public enum OcrStatus {

	PENDING, PROCESSING, COMPLETED, FAILED;

	/** Whether moving from this status to {@code target} is a legal transition. */
	public boolean canMoveTo(OcrStatus target, boolean forced) {
		return allowedTargets(forced).contains(target);
	}

	private Set<OcrStatus> allowedTargets(boolean forced) {
		return switch (this) {
			case PENDING -> EnumSet.of(PROCESSING);
			case PROCESSING -> EnumSet.of(COMPLETED, FAILED, PENDING);
			case FAILED -> EnumSet.of(PENDING);
			case COMPLETED -> forced ? EnumSet.of(PENDING) : EnumSet.noneOf(OcrStatus.class);
		};
	}

}
