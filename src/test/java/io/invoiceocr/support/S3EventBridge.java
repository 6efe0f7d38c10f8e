package io.invoiceocr.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Announces every object put under a prefix on the upload queue with the event notification S3
 * would send ({@code ObjectCreated:Put}, key URL-encoded, ETag and size of the object). The S3
 * stand-in stores objects but sends no notifications; this plays the bucket's notification
 * configuration for a test in which somebody else (the main application) does the uploading.
 */
public final class S3EventBridge implements AutoCloseable {

	private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();

	private final Set<String> announced = new HashSet<>();

	private final S3Client s3;

	private final SqsClient sqs;

	private final String queueUrl;

	private final String bucket;

	private final String prefix;

	private S3EventBridge(S3Client s3, SqsClient sqs, String queueUrl, String bucket, String prefix) {
		this.s3 = s3;
		this.sqs = sqs;
		this.queueUrl = queueUrl;
		this.bucket = bucket;
		this.prefix = prefix;
	}

	/** Starts announcing new objects of {@code bucket} under {@code prefix} on the stack's queue. */
	public static S3EventBridge start(StandaloneStack stack, String bucket, String prefix, Duration every) {
		SqsClient sqs = stack.sqsClient();
		String queueUrl = sqs.getQueueUrl(r -> r.queueName("uploads")).queueUrl();
		S3EventBridge bridge = new S3EventBridge(stack.s3(), sqs, queueUrl, bucket, prefix);
		bridge.poller.scheduleWithFixedDelay(bridge::announceNew, 0, every.toMillis(), TimeUnit.MILLISECONDS);
		return bridge;
	}

	private void announceNew() {
		try {
			for (S3Object object : s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents()) {
				if (announced.add(object.key())) {
					sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(event(object)));
				}
			}
		}
		catch (RuntimeException ex) {
			// the next look tries again; a test that waits for its documents shows what was missed
		}
	}

	/** As S3 writes it: the key URL-encoded the way S3 encodes keys in notifications (spaces as '+'). */
	private String event(S3Object object) {
		String key = URLEncoder.encode(object.key(), StandardCharsets.UTF_8).replace("%2F", "/");
		return TestData.s3Put(bucket, key, null, object.eTag().replace("\"", ""), Instant.now().toString())
			.replace("\"size\":1024", "\"size\":" + object.size());
	}

	@Override
	public void close() {
		poller.shutdownNow();
		sqs.close();
	}

}
