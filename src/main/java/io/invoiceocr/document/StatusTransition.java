package io.invoiceocr.document;

import java.time.Instant;

/** One row of the audit trail: a status change of one document. */
public record StatusTransition(String documentId, OcrStatus from, OcrStatus to, String reason, Long jobExecutionId,
		Instant occurredAt) {
}
