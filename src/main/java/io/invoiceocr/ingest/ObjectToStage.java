package io.invoiceocr.ingest;

import java.time.Instant;

import io.invoiceocr.document.DocumentSource;

/**
 * An object some source says was uploaded, before its document id is known.
 *
 * @param sourceMessageId the message that announced it, {@code null} for a listing
 */
public record ObjectToStage(String bucket, String key, String versionId, String etag, Long sizeBytes,
		Instant eventTime, DocumentSource source, String sourceMessageId) {
}
