package io.invoiceocr.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.invoiceocr.document.NewDocument;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * Finds the monolith's document id for an uploaded object: the object's {@code document-id}
 * metadata (HeadObject) when present, else the key by the configured pattern, else an id derived
 * from the object version itself. The derived id is a name-based UUID of bucket, key and version,
 * so a redelivered event maps to the same id and staging stays idempotent.
 *
 * <p>HeadObject also fills in content type, size and ETag. An object that is already gone is still
 * staged (from what the event says): processing then fails it with a reason, so that the monolith
 * hears about it instead of the document silently vanishing.
 */
@Component
public class DocumentIdResolver implements DisposableBean {

	private final ObjectHeads heads;

	private final IngestProperties.DocumentId settings;

	private final Pattern keyPattern;

	private final ExecutorService headExecutor;

	public DocumentIdResolver(S3Client s3, IngestProperties properties) {
		this.heads = new ObjectHeads(s3);
		this.settings = properties.documentId();
		this.keyPattern = settings.keyPattern().isBlank() ? null : Pattern.compile(settings.keyPattern());
		this.headExecutor = Executors.newFixedThreadPool(properties.headConcurrency(), daemonThreads());
	}

	/** Resolves a batch, with the HeadObject calls in parallel (they are network round trips). */
	public List<NewDocument> resolveAll(List<ObjectToStage> objects) {
		if (!settings.headObject() || objects.size() <= 1) {
			return objects.stream().map(this::resolve).toList();
		}
		List<CompletableFuture<NewDocument>> futures = objects.stream()
			.map(object -> CompletableFuture.supplyAsync(() -> resolve(object), headExecutor))
			.toList();
		return futures.stream().map(CompletableFuture::join).toList();
	}

	public NewDocument resolve(ObjectToStage announced) {
		ObjectHeads.Found found = settings.headObject() ? heads.head(announced) : new ObjectHeads.Found(announced, null);
		ObjectToStage object = found.object();
		HeadObjectResponse head = found.head();
		String versionId = object.versionId() != null ? object.versionId() : head == null ? null : head.versionId();
		String id = fromMetadata(head);
		if (id == null) {
			id = fromKey(object.key());
		}
		if (id == null) {
			// from the version HeadObject reports, so that a listing (which names no version) and the
			// event of the same upload derive the same id
			id = derived(object.bucket(), object.key(), versionId);
		}
		String etag = object.etag() != null ? object.etag() : head == null ? null : ETags.unquote(head.eTag());
		Long size = object.sizeBytes() != null ? object.sizeBytes() : head == null ? null : head.contentLength();
		String contentType = head == null ? null : head.contentType();
		return new NewDocument(id, object.bucket(), object.key(), versionId, etag, size, contentType, object.source(),
				object.eventTime(), object.sourceMessageId());
	}

	private String fromMetadata(HeadObjectResponse head) {
		if (head == null || !head.hasMetadata()) {
			return null;
		}
		String value = head.metadata().get(settings.metadataKey());
		return value == null || value.isBlank() ? null : value.trim();
	}

	private String fromKey(String key) {
		if (keyPattern == null) {
			return null;
		}
		Matcher matcher = keyPattern.matcher(key);
		if (!matcher.find()) {
			return null;
		}
		String id = matcher.group("id");
		return id == null || id.isBlank() ? null : id;
	}

	static String derived(String bucket, String key, String versionId) {
		String name = bucket + "\n" + key + "\n" + (versionId == null ? "" : versionId);
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static java.util.concurrent.ThreadFactory daemonThreads() {
		AtomicInteger counter = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, "head-object-" + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	@Override
	public void destroy() {
		headExecutor.shutdownNow();
	}

}
