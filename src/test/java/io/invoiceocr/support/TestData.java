package io.invoiceocr.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.invoiceocr.ingest.sqs.IngestQueue;

import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import static org.awaitility.Awaitility.await;

/**
 * Puts the world into a known state and reads it back: tables, the queue and the buckets of the
 * embedded stand-ins. Part of every {@link IntegrationTest} context.
 */
public class TestData {

	private final JdbcTemplate jdbc;

	private final IngestQueue queue;

	private final S3Client s3;

	public TestData(JdbcTemplate jdbc, IngestQueue queue, S3Client s3) {
		this.jdbc = jdbc;
		this.queue = queue;
		this.s3 = s3;
	}

	/** Empties the service's own tables (documents, audit, outbox, rejects, removals). */
	public static void truncateServiceTables(JdbcTemplate jdbc) {
		jdbc.execute("TRUNCATE webhook_outbox, ocr_status_transition, ocr_document, ingest_reject, ingest_object_removal");
	}

	/**
	 * Empties every table: the service's, the job repository and the partition requests and leases
	 * (nothing when the schema is not there yet).
	 */
	public static void truncateAll(JdbcTemplate jdbc) {
		Integer tables = jdbc.queryForObject(
				"SELECT count(*) FROM information_schema.tables WHERE table_name = 'ocr_document'", Integer.class);
		if (tables == null || tables == 0) {
			return;
		}
		truncateServiceTables(jdbc);
		jdbc.execute("TRUNCATE partition_lease, int_channel_message, batch_step_execution_context, "
				+ "batch_job_execution_context, batch_step_execution, batch_job_execution_params, batch_job_execution, "
				+ "batch_job_instance CASCADE");
	}

	/** Empties the service's tables, the job repository, the queue and the buckets. */
	public void reset() {
		truncateAll(jdbc);
		drainQueue();
		for (String bucket : List.of("invoices", "scans")) {
			emptyBucket(bucket);
		}
	}

	private void drainQueue() {
		// PurgeQueue is rate-limited on AWS and asynchronous; receiving and deleting is exact. Messages in
		// flight (a run's receive not yet deleted) come back after their visibility timeout.
		await("the queue empty").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(() -> {
			deleteVisibleMessages();
			return queueDepth() == 0;
		});
	}

	private void deleteVisibleMessages() {
		List<Message> messages;
		do {
			messages = queue.client()
				.receiveMessage(r -> r.queueUrl(queue.url()).maxNumberOfMessages(10).waitTimeSeconds(0).visibilityTimeout(0))
				.messages();
			messages.forEach(m -> queue.client().deleteMessage(r -> r.queueUrl(queue.url()).receiptHandle(m.receiptHandle())));
		}
		while (!messages.isEmpty());
	}

	private void emptyBucket(String bucket) {
		ListObjectsV2Response listing;
		do {
			listing = s3.listObjectsV2(r -> r.bucket(bucket));
			for (S3Object object : listing.contents()) {
				s3.deleteObject(r -> r.bucket(bucket).key(object.key()));
			}
		}
		while (listing.isTruncated());
	}

	/**
	 * Makes PostgreSQL fail inserts into {@code ocr_document} with its disk_full error once
	 * {@code rows} documents exist: a database failure in the middle of a run.
	 */
	public void failInsertsOnceDocumentsReach(int rows) {
		jdbc.execute("""
				CREATE FUNCTION simulated_disk_full() RETURNS trigger AS $$
				BEGIN
				  IF (SELECT count(*) FROM ocr_document) >= %d THEN
				    RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = '53100';
				  END IF;
				  RETURN NEW;
				END $$ LANGUAGE plpgsql
				""".formatted(rows));
		jdbc.execute("CREATE TRIGGER simulated_disk_full BEFORE INSERT ON ocr_document "
				+ "FOR EACH ROW EXECUTE FUNCTION simulated_disk_full()");
	}

	public void healDatabase() {
		jdbc.execute("DROP TRIGGER IF EXISTS simulated_disk_full ON ocr_document");
		jdbc.execute("DROP FUNCTION IF EXISTS simulated_disk_full()");
	}

	public void send(String body) {
		queue.client().sendMessage(r -> r.queueUrl(queue.url()).messageBody(body));
	}

	/** Uploads an object; returns its ETag (without quotes), as S3 would put it in the event. */
	public String put(String bucket, String key, String content, Map<String, String> metadata) {
		return s3.putObject(r -> r.bucket(bucket).key(key).metadata(metadata).contentType("application/pdf"),
				RequestBody.fromString(content))
			.eTag()
			.replace("\"", "");
	}

	/** Uploads an object the way the main application does, and sends its S3 event to the queue. */
	public void upload(String bucket, String key, byte[] content) {
		announce(bucket, key, store(bucket, key, content));
	}

	/** Puts an object without announcing it; returns its ETag. */
	public String store(String bucket, String key, byte[] content) {
		return s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromBytes(content)).eTag().replace("\"", "");
	}

	/** Sends the S3 event of an object (which need not exist: it may have been deleted since). */
	public void announce(String bucket, String key, String etag) {
		String encoded = java.net.URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
		send(s3Put(bucket, encoded, null, etag, java.time.Instant.now().toString()));
	}

	/** Messages a receive would get now: not in flight. */
	public int visibleMessages() {
		return Integer.parseInt(queue.client()
			.getQueueAttributes(r -> r.queueUrl(queue.url()).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
			.attributes()
			.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
	}

	/** Messages in the queue, visible or in flight. */
	public int queueDepth() {
		Map<QueueAttributeName, String> attributes = queue.client()
			.getQueueAttributes(r -> r.queueUrl(queue.url())
				.attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
						QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
			.attributes();
		return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
				+ Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
	}

	public long count(String table) {
		Long count = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
		return count == null ? 0 : count;
	}

	/** A fixture from {@code src/test/resources/events}. */
	public static String event(String name) {
		try (InputStream in = TestData.class.getResourceAsStream("/events/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture events/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** SNS's SubscriptionConfirmation fixture, its SubscribeURL replaced by {@code subscribeUrl}. */
	public static String snsSubscriptionConfirmation(String subscribeUrl) {
		return event("sns-subscription-confirmation.json").replaceFirst("\"SubscribeURL\"\\s*:\\s*\"[^\"]*\"",
				"\"SubscribeURL\": \"" + subscribeUrl + "\"");
	}

	/** An S3 ObjectCreated:Put notification for one object, the way S3 writes it. */
	public static String s3Put(String bucket, String encodedKey, String versionId) {
		return s3Put(bucket, encodedKey, versionId, "0123456789abcdef0123456789abcdef", "2024-05-01T10:00:00.000Z");
	}

	/** The same, with the object's ETag and the event time given. */
	public static String s3Put(String bucket, String encodedKey, String versionId, String etag, String eventTime) {
		String version = versionId == null ? "" : ",\"versionId\":\"" + versionId + "\"";
		return """
				{"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"eu-west-1",
				"eventTime":"%s","eventName":"ObjectCreated:Put",
				"s3":{"s3SchemaVersion":"1.0","configurationId":"uploads","bucket":{"name":"%s","arn":"arn:aws:s3:::%s"},
				"object":{"key":"%s","size":1024,"eTag":"%s"%s,"sequencer":"0A1B2C3D4E5F678901"}}}]}
				""".formatted(eventTime, bucket, bucket, encodedKey, etag, version);
	}

	/**
	 * A slowness being simulated (a receiver that answers late, a model's latency), never a wait for
	 * something to happen: wait on that itself, with Awaitility.
	 */
	public static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
