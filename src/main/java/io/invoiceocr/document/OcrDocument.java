package io.invoiceocr.document;

import java.time.Instant;

/** A staged document as it stands in {@code ocr_document} (the fields the staging stage owns). */
public record OcrDocument(String id, String bucket, String objectKey, String versionId, String etag, Long sizeBytes,
		String contentType, DocumentSource source, OcrStatus status, int attempts, String error, Instant eventTime,
		Instant objectRemovedAt, Instant createdAt, Instant updatedAt) {

	public String objectUri() {
		return ObjectUris.of(bucket, objectKey, versionId);
	}

}
