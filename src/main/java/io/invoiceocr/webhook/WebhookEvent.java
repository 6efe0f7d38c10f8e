package io.invoiceocr.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * One event for the main application, as the webhook contract has it: {@code documentId, status,
 * text, data, error, metadata, bucket, key, occurredAt}.
 *
 * @param documentId the document's id
 * @param status     {@code PROCESSING}, {@code COMPLETED} or {@code FAILED}
 * @param text       the OCR text, or null
 * @param data       the invoice data (any JSON-serialisable value), or null
 * @param error      why the document failed, or null
 * @param metadata   OCR and extraction metadata, or null
 * @param bucket     the S3 bucket of the document
 * @param key        its S3 key
 * @param occurredAt when the status was reached
 * @param attempt    the processing attempt this result comes from (the document's {@code attempts})
 */
public record WebhookEvent(String documentId, String status, String text, Object data, String error, Object metadata,
		String bucket, String key, Instant occurredAt, int attempt) {

	/**
	 * Stable for one result of one document: a redelivery of the same result carries the same key,
	 * a re-run that produces a new result a new one.
	 */
	public String idempotencyKey() {
		return documentId + ":" + status + ":" + attempt;
	}

	/** The body as sent, the same bytes on every attempt. */
	public String payload(JsonMapper json) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("documentId", documentId);
		body.put("status", status);
		body.put("text", text);
		body.put("data", data);
		body.put("error", error);
		body.put("metadata", metadata);
		body.put("bucket", bucket);
		body.put("key", key);
		body.put("occurredAt", occurredAt.toString());
		return json.writeValueAsString(body);
	}

	/** A short fingerprint of the payload, for logs: the payload itself may hold a whole invoice. */
	public static String fingerprint(String payload) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
