package io.invoiceocr.ingest.sqs;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;

/**
 * The SQS queue of upload events, by its resolved URL. Deleting is the acknowledgement: it
 * happens only after the staging rows of a message are committed.
 */
public class IngestQueue {

	private static final Logger log = LoggerFactory.getLogger(IngestQueue.class);

	private static final int SQS_BATCH_LIMIT = 10;

	private final SqsClient sqs;

	private final String url;

	public IngestQueue(SqsClient sqs, String url) {
		this.sqs = sqs;
		this.url = url;
	}

	public String url() {
		return url;
	}

	public SqsClient client() {
		return sqs;
	}

	/** Messages waiting to be received (SQS's approximate count of visible messages). */
	public int visibleMessages() {
		String count = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
			.attributes()
			.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
		return count == null ? 0 : Integer.parseInt(count);
	}

	/**
	 * Deletes messages by receipt handle, ten per call. A failed delete is logged, not thrown: the
	 * message reappears after its visibility timeout and is staged again idempotently.
	 * @return how many were deleted
	 */
	public int delete(List<String> receiptHandles) {
		int deleted = 0;
		for (int from = 0; from < receiptHandles.size(); from += SQS_BATCH_LIMIT) {
			List<String> batch = receiptHandles.subList(from, Math.min(from + SQS_BATCH_LIMIT, receiptHandles.size()));
			List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>(batch.size());
			for (int i = 0; i < batch.size(); i++) {
				entries.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i)).receiptHandle(batch.get(i)).build());
			}
			try {
				DeleteMessageBatchResponse response = sqs.deleteMessageBatch(b -> b.queueUrl(url).entries(entries));
				deleted += response.successful().size();
				for (BatchResultErrorEntry failed : response.failed()) {
					log.warn("SQS did not delete a staged message ({}: {}); it will be redelivered and staged idempotently",
							failed.code(), failed.message());
				}
			}
			catch (RuntimeException ex) {
				log.warn("Deleting {} staged messages from {} failed; they will be redelivered and staged idempotently",
						batch.size(), url, ex);
			}
		}
		return deleted;
	}

}
