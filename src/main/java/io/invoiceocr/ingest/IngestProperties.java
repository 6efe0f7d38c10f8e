package io.invoiceocr.ingest;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import io.invoiceocr.config.S3BucketName;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where uploads come from and how they are staged.
 *
 * @param queue             SQS queue name or URL carrying the S3 events
 * @param sources           the buckets (and key prefixes) this service owns; events for anything else
 *                          are rejected with a reason
 * @param receiveWait       SQS long-polling wait per receive (0 to 20 s); a run ends after a receive
 *                          that waited this long and got nothing
 * @param visibilityTimeout how long a received message stays hidden from other consumers; a message
 *                          whose chunk failed to commit reappears after it
 * @param chunkSize         messages per transaction
 * @param maxMessagesPerRun stop draining after this many messages (0 = until the queue is empty), so a
 *                          run under a constant inflow still ends
 * @param headConcurrency   parallel HeadObject calls while resolving document ids
 * @param documentId        how a document's id is found
 * @param verifyOnStartup   check at start-up that the queue and the buckets exist
 * @param snsSubscribeUrlPattern only SubscribeURLs whose host matches this are visited when SNS asks
 *                          to confirm a subscription
 * @param sns               how SNS messages pushed over HTTP are verified
 */
@Validated
@ConfigurationProperties("invoice-ocr.ingest")
public record IngestProperties(@NotBlank @DefaultValue("invoice-ocr-uploads") String queue,
		@NotEmpty @Valid List<Source> sources, @NotNull @DefaultValue("20s") Duration receiveWait,
		@NotNull @DefaultValue("5m") Duration visibilityTimeout, @Min(1) @Max(10_000) @DefaultValue("100") int chunkSize,
		@Min(0) @DefaultValue("0") long maxMessagesPerRun,
		@Min(1) @Max(64) @DefaultValue("8") int headConcurrency, @NotNull @Valid @DefaultValue DocumentId documentId,
		@DefaultValue("true") boolean verifyOnStartup,
		@NotBlank @DefaultValue(IngestProperties.SNS_HOSTS) String snsSubscribeUrlPattern, @NotNull @Valid @DefaultValue Sns sns) {

	/** SNS's endpoints: sns.<region>.amazonaws.com, and .amazonaws.com.cn in the China regions. */
	static final String SNS_HOSTS = "^sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?$";

	/**
	 * How SNS messages posted to the HTTP endpoint are verified. (Messages from the queue are not:
	 * who may send to it is decided by its IAM policy.)
	 *
	 * @param verifySignatures        refuse SNS messages whose signature is missing or wrong; off lets
	 *                                anyone with the API token post messages as if from SNS
	 * @param signingCertHostPattern  hosts a SigningCertURL may point at (always over HTTPS)
	 * @param sslBundle               the {@code spring.ssl.bundle} whose trust store checks those hosts'
	 *                                TLS certificates; empty uses the JVM's
	 */
	public record Sns(@DefaultValue("true") boolean verifySignatures,
			@NotBlank @DefaultValue(SNS_HOSTS) String signingCertHostPattern, @DefaultValue("") String sslBundle) {

		public Sns {
			sslBundle = sslBundle == null ? "" : sslBundle.trim();
		}

	}

	/**
	 * A bucket and the key prefixes in it that hold uploads.
	 * @param prefixes key prefixes; empty means the whole bucket
	 */
	public record Source(@S3BucketName String bucket, @DefaultValue List<String> prefixes) {

		public boolean covers(String key) {
			return prefixes.isEmpty() || prefixes.stream().anyMatch(key::startsWith);
		}

	}

	/**
	 * How the monolith's document id is found for an object.
	 * @param metadataKey user metadata key holding the id ({@code x-amz-meta-document-id})
	 * @param headObject  call HeadObject to read that metadata (and content type, size)
	 * @param keyPattern  regular expression with a named group {@code id}, matched against the key when
	 *                    the metadata has no id; empty to skip
	 */
	public record DocumentId(@NotBlank @DefaultValue("document-id") String metadataKey,
			@DefaultValue("true") boolean headObject, @DefaultValue("") String keyPattern) {

		public DocumentId {
			if (keyPattern != null && !keyPattern.isBlank()) {
				Pattern compiled = Pattern.compile(keyPattern);
				if (!compiled.pattern().contains("(?<id>")) {
					throw new IllegalArgumentException(
							"invoice-ocr.ingest.document-id.key-pattern must have a named group (?<id>...): " + keyPattern);
				}
			}
		}

	}

	public IngestProperties {
		if (receiveWait.isNegative() || receiveWait.toSeconds() > 20 || receiveWait.toMillis() % 1000 != 0) {
			throw new IllegalArgumentException(
					"invoice-ocr.ingest.receive-wait must be whole seconds between 0s and 20s (SQS limit), not " + receiveWait);
		}
		if (visibilityTimeout.toSeconds() < 1 || visibilityTimeout.toHours() >= 12) {
			throw new IllegalArgumentException(
					"invoice-ocr.ingest.visibility-timeout must be between 1s and 12h (SQS limit), not " + visibilityTimeout);
		}
		// A chunk's first message must still be hidden when the chunk commits, or it is redelivered
		// and may be staged by another run while this one deletes it with a stale receipt handle.
		Duration fillTime = receiveWait.multipliedBy((chunkSize + 9) / 10);
		if (fillTime.compareTo(visibilityTimeout) >= 0) {
			throw new IllegalArgumentException("invoice-ocr.ingest.visibility-timeout (" + visibilityTimeout
					+ ") must exceed the time a chunk can take to fill, chunk-size / 10 receives x receive-wait = "
					+ fillTime);
		}
		sources = List.copyOf(sources);
	}

}
