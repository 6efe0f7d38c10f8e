package io.invoiceocr.webhook;

import java.time.Instant;

/**
 * One event waiting in the outbox.
 *
 * @param id             row id
 * @param documentId     the document it is about
 * @param idempotencyKey stable per document result, sent as {@code Idempotency-Key}
 * @param payload        the JSON body
 * @param attempts       attempts made so far
 * @param createdAt      when it was written
 */
public record OutboxRow(long id, String documentId, String idempotencyKey, String payload, int attempts,
		Instant createdAt) {
}
