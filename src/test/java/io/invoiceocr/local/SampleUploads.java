package io.invoiceocr.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.invoiceocr.ingest.sqs.IngestQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plays the monolith's part on the embedded stand-ins: uploads the bundled sample invoices to S3
 * and sends the S3 event notifications that S3 would send to the queue (keys URL-encoded, as S3
 * encodes them). The first sample carries its document id in object metadata, the second in its
 * key, the others have none, so all three ways of finding a document id are exercised.
 */
public class SampleUploads {

	private static final Logger log = LoggerFactory.getLogger(SampleUploads.class);

	private final S3Client s3;

	private final IngestQueue queue;

	private final JsonMapper json;

	private final LocalProperties local;

	public SampleUploads(S3Client s3, IngestQueue queue, JsonMapper json, LocalProperties local) {
		this.s3 = s3;
		this.queue = queue;
		this.json = json;
		this.local = local;
	}

	/** Uploads every bundled sample and announces it on the queue, after an {@code s3:TestEvent}. */
	public int uploadAll() throws IOException {
		sendTestEvent();
		List<Resource> samples = bundledSamples();
		for (int i = 0; i < samples.size(); i++) {
			upload(samples.get(i), i);
		}
		log.info("Uploaded {} sample invoices to s3://{}/{} and sent their events", samples.size(), local.bucket(),
				local.samplesPrefix());
		return samples.size();
	}

	static List<Resource> bundledSamples() throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:samples/*");
		return Arrays.stream(resources)
			.filter(r -> r.getFilename() != null && isInvoiceFile(r.getFilename()))
			.sorted(Comparator.comparing(Resource::getFilename))
			.toList();
	}

	private static boolean isInvoiceFile(String name) {
		String lower = name.toLowerCase();
		return lower.endsWith(".pdf") || lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg")
				|| lower.endsWith(".tif") || lower.endsWith(".tiff");
	}

	private void upload(Resource sample, int index) throws IOException {
		String documentId = String.format("doc-%04d", 1001 + index);
		// Sample 0: id in metadata; sample 1: id in the key; the rest: no id, one is derived.
		String key = local.samplesPrefix() + (index == 1 ? documentId + "/" : "") + sample.getFilename();
		Map<String, String> metadata = index == 0 ? Map.of("document-id", documentId) : Map.of();
		byte[] bytes;
		try (InputStream in = sample.getInputStream()) {
			bytes = in.readAllBytes();
		}
		PutObjectResponse put = s3.putObject(r -> r.bucket(local.bucket()).key(key).metadata(metadata)
			.contentType(contentType(sample.getFilename())), RequestBody.fromBytes(bytes));
		queue.client().sendMessage(r -> r.queueUrl(queue.url()).messageBody(objectCreatedEvent(key, bytes.length, put.eTag())));
	}

	private String objectCreatedEvent(String key, long size, String etag) {
		ObjectNode root = json.createObjectNode();
		ArrayNode records = root.putArray("Records");
		ObjectNode record = records.addObject();
		record.put("eventVersion", "2.1");
		record.put("eventSource", "aws:s3");
		record.put("awsRegion", "eu-west-1");
		record.put("eventTime", Instant.now().toString());
		record.put("eventName", "ObjectCreated:Put");
		record.putObject("userIdentity").put("principalId", "AWS:AIDAMONOLITHUPLOADER");
		record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
		ObjectNode s3 = record.putObject("s3");
		s3.put("s3SchemaVersion", "1.0");
		s3.put("configurationId", "invoice-uploads");
		ObjectNode bucket = s3.putObject("bucket");
		bucket.put("name", local.bucket());
		bucket.putObject("ownerIdentity").put("principalId", "A3NL1KOZZKExample");
		bucket.put("arn", "arn:aws:s3:::" + local.bucket());
		ObjectNode object = s3.putObject("object");
		object.put("key", s3EncodedKey(key));
		object.put("size", size);
		object.put("eTag", etag == null ? null : etag.replace("\"", ""));
		object.put("sequencer", Long.toHexString(System.nanoTime()).toUpperCase());
		return json.writeValueAsString(root);
	}

	private void sendTestEvent() {
		ObjectNode test = json.createObjectNode();
		test.put("Service", "Amazon S3");
		test.put("Event", "s3:TestEvent");
		test.put("Time", Instant.now().toString());
		test.put("Bucket", local.bucket());
		test.put("RequestId", "5582815E1AEA5ADF");
		test.put("HostId", "8cLeGAmw098X5cv4Zkwcmo8vvZa3eH3eKxsPzbB9wrR+YstdA6Knx4Ip8EXAMPLE");
		queue.client().sendMessage(r -> r.queueUrl(queue.url()).messageBody(json.writeValueAsString(test)));
	}

	/** Keys in S3 notifications are form-encoded ({@code +} for space), slashes left as they are. */
	static String s3EncodedKey(String key) {
		return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
	}

	private static String contentType(String name) {
		String lower = name.toLowerCase();
		if (lower.endsWith(".pdf")) {
			return "application/pdf";
		}
		if (lower.endsWith(".png")) {
			return "image/png";
		}
		if (lower.endsWith(".tif") || lower.endsWith(".tiff")) {
			return "image/tiff";
		}
		return "image/jpeg";
	}

}
