package io.invoiceocr.job.step;

import java.util.ArrayDeque;
import java.util.Deque;

import io.invoiceocr.document.DocumentSource;
import io.invoiceocr.ingest.ETags;
import io.invoiceocr.ingest.ObjectToStage;
import io.invoiceocr.ingest.backfill.BackfillRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Lists a bucket prefix with ListObjectsV2, in key order, one page at a time. The last key read is
 * saved with every chunk commit, so a restarted backfill lists from {@code StartAfter} that key and
 * neither repeats nor skips objects. Folder entries (keys ending in {@code /}) are skipped.
 */
public class S3ListingReader implements ItemStreamReader<ObjectToStage> {

	private static final Logger log = LoggerFactory.getLogger(S3ListingReader.class);

	static final String LAST_KEY = "backfill.lastKey";

	static final String LISTED = "backfill.listed";

	private final S3Client s3;

	private final BackfillRequest request;

	private final int pageSize;

	private final Deque<S3Object> page = new ArrayDeque<>();

	private String continuationToken;

	private String startAfter;

	private String lastKey;

	private boolean lastPage;

	private long listed;

	public S3ListingReader(S3Client s3, BackfillRequest request, int pageSize) {
		this.s3 = s3;
		this.request = request;
		this.pageSize = pageSize;
	}

	@Override
	public void open(ExecutionContext context) {
		if (context.containsKey(LAST_KEY)) {
			startAfter = context.getString(LAST_KEY);
			lastKey = startAfter;
			listed = context.getLong(LISTED, 0L);
			log.info("Backfill of s3://{}/{} resumes after key '{}' ({} objects read before)", request.bucket(),
					request.prefix(), startAfter, listed);
		}
	}

	@Override
	public ObjectToStage read() {
		while (true) {
			if (page.isEmpty()) {
				if (lastPage) {
					return null;
				}
				fetchPage();
				continue;
			}
			S3Object object = page.poll();
			lastKey = object.key();
			if (object.key().endsWith("/") || !request.inWindow(object.lastModified())) {
				continue;
			}
			listed++;
			return new ObjectToStage(request.bucket(), object.key(), null, ETags.unquote(object.eTag()), object.size(),
					object.lastModified(), DocumentSource.BACKFILL, null);
		}
	}

	private void fetchPage() {
		ListObjectsV2Response response = s3.listObjectsV2(r -> {
			r.bucket(request.bucket()).prefix(request.prefix()).maxKeys(pageSize);
			if (continuationToken != null) {
				r.continuationToken(continuationToken);
			}
			else if (startAfter != null) {
				r.startAfter(startAfter);
			}
		});
		page.addAll(response.contents());
		continuationToken = response.nextContinuationToken();
		lastPage = !Boolean.TRUE.equals(response.isTruncated()) || continuationToken == null;
	}

	@Override
	public void update(ExecutionContext context) {
		if (lastKey != null) {
			context.putString(LAST_KEY, lastKey);
		}
		context.putLong(LISTED, listed);
	}

}
