package io.invoiceocr.console.overview;

/**
 * What is waiting: upload events in the queue (null when the queue cannot be asked), the age of the
 * oldest PENDING document, and the webhook events not yet delivered or given up.
 */
public record Backlog(Integer queueMessages, String oldestPendingAge, long webhooksPending, long webhooksDead,
		long webhooksDelivered) {
}
