package io.invoiceocr.job.step;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.invoiceocr.document.DocumentSource;
import io.invoiceocr.ingest.InboundMessage;
import io.invoiceocr.ingest.IngestProperties;
import io.invoiceocr.ingest.sqs.IngestQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ItemReader;

import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * Drains the upload queue: long polling, up to ten messages per receive. The run's input ends when
 * a receive waits its full time and gets nothing (the queue is empty), or when the configured
 * maximum per run is reached. Nothing is deleted here; see {@link SqsStagingWriter}.
 *
 * <p>Not restartable in the ItemStream sense, and it need not be: undeleted messages come back by
 * themselves after their visibility timeout.
 */
public class SqsMessageReader implements ItemReader<InboundMessage> {

	private static final Logger log = LoggerFactory.getLogger(SqsMessageReader.class);

	private static final int SQS_RECEIVE_LIMIT = 10;

	private final IngestQueue queue;

	private final IngestProperties properties;

	private final Deque<Message> buffer = new ArrayDeque<>();

	private long received;

	private boolean exhausted;

	public SqsMessageReader(IngestQueue queue, IngestProperties properties) {
		this.queue = queue;
		this.properties = properties;
	}

	@Override
	public InboundMessage read() {
		if (buffer.isEmpty() && !exhausted) {
			fill();
		}
		Message message = buffer.poll();
		if (message == null) {
			return null;
		}
		return new InboundMessage(DocumentSource.SQS, message.messageId(), message.receiptHandle(), message.body());
	}

	private void fill() {
		long limit = properties.maxMessagesPerRun();
		int wanted = limit == 0 ? SQS_RECEIVE_LIMIT : (int) Math.min(SQS_RECEIVE_LIMIT, limit - received);
		if (wanted <= 0) {
			log.info("Read the maximum of {} messages for this run; the rest waits for the next run", limit);
			exhausted = true;
			return;
		}
		ReceiveMessageResponse response = queue.client()
			.receiveMessage(r -> r.queueUrl(queue.url())
				.maxNumberOfMessages(wanted)
				.waitTimeSeconds((int) properties.receiveWait().toSeconds())
				.visibilityTimeout((int) properties.visibilityTimeout().toSeconds()));
		List<Message> messages = response.messages();
		if (messages.isEmpty()) {
			exhausted = true;
			return;
		}
		received += messages.size();
		buffer.addAll(messages);
	}

}
