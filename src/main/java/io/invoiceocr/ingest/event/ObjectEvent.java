package io.invoiceocr.ingest.event;

import java.time.Instant;
import java.util.Objects;

/**
 * One S3 object event, whatever envelope it arrived in (S3 notification, SNS, EventBridge).
 * The key is already URL-decoded.
 *
 * @param type      created or removed
 * @param eventName the name as the sender wrote it ({@code ObjectCreated:Put}, {@code Object Created})
 * @param bucket    bucket name
 * @param key       object key, decoded
 * @param versionId version id, {@code null} for unversioned buckets
 * @param etag      entity tag without quotes, when given
 * @param sizeBytes object size, when given
 * @param eventTime when S3 says the event happened, when given
 */
public record ObjectEvent(Type type, String eventName, String bucket, String key, String versionId,
		String etag, Long sizeBytes, Instant eventTime) {

	public enum Type {
		CREATED, REMOVED
	}

	public ObjectEvent {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(bucket, "bucket");
		Objects.requireNonNull(key, "key");
	}

}
