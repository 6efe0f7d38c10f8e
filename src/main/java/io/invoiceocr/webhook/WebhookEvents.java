package io.invoiceocr.webhook;

import java.time.Instant;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the events of the webhook contract into the outbox, in the caller's transaction: the
 * transaction that records a result also records that it is to be told.
 */
public class WebhookEvents {

	private final WebhookOutbox outbox;

	private final JsonMapper json;

	private final boolean processingEvents;

	public WebhookEvents(WebhookOutbox outbox, JsonMapper json, boolean processingEvents) {
		this.outbox = outbox;
		this.json = json;
		this.processingEvents = processingEvents;
	}

	public void add(WebhookEvent event) {
		if (event.status().equals("PROCESSING") && !processingEvents) {
			return;
		}
		outbox.add(event.documentId(), event.status(), event.idempotencyKey(), event.payload(json));
	}

	/** Whether PROCESSING events are sent (the document's screen can then say "Processing..."). */
	public boolean processingEvents() {
		return processingEvents;
	}

	/** The event of a document that failed without being read (its runs died). */
	public static WebhookEvent failed(String documentId, String error, String bucket, String key, Instant at,
			int attempt) {
		return new WebhookEvent(documentId, "FAILED", null, null, error, null, bucket, key, at, attempt);
	}

	/** The event of a document taken up for processing. */
	public static WebhookEvent processing(String documentId, String bucket, String key, Instant at, int attempt) {
		return new WebhookEvent(documentId, "PROCESSING", null, null, null, null, bucket, key, at, attempt);
	}

}
