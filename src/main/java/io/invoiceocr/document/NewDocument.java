package io.invoiceocr.document;

import java.time.Instant;
import java.util.Objects;

/**
 * A document about to be staged: one S3 object version and where the news of it came from.
 *
 * @param id              the monolith's document id, or one derived from the object
 * @param sourceMessageId the SQS/SNS/EventBridge message id, or {@code null} for a listing
 */
public record NewDocument(String id, String bucket, String objectKey, String versionId, String etag, Long sizeBytes,
		String contentType, DocumentSource source, Instant eventTime, String sourceMessageId) {

	public NewDocument {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(bucket, "bucket");
		Objects.requireNonNull(objectKey, "objectKey");
		Objects.requireNonNull(source, "source");
	}

	/** The object this document stands for, as {@code s3://bucket/key[?versionId=..]}. */
	public String objectUri() {
		return ObjectUris.of(bucket, objectKey, versionId);
	}

}
