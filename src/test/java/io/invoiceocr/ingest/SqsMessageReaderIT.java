package io.invoiceocr.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.invoiceocr.ingest.sqs.IngestQueue;
import io.invoiceocr.job.step.SqsMessageReader;
import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.TestData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue reader against ElasticMQ: it ends on an empty queue and honours the per-run limit. */
@IntegrationTest
class SqsMessageReaderIT {

	@Autowired
	TestData data;

	@Autowired
	IngestQueue queue;

	@Autowired
	IngestProperties properties;

	@BeforeEach
	void reset() {
		data.reset();
	}

	@Test
	void readsEveryMessageThenEndsWhenTheQueueIsEmpty() {
		// given 23 messages: three receives of up to ten
		for (int i = 0; i < 23; i++) {
			data.send("message " + i);
		}

		// when
		List<InboundMessage> read = readAll(new SqsMessageReader(queue, properties));

		// then each is read once, with what is needed to delete it later, and none is deleted yet
		assertThat(read).hasSize(23);
		assertThat(read).extracting(InboundMessage::body).doesNotHaveDuplicates();
		assertThat(read).allSatisfy(message -> assertThat(message.receiptHandle()).isNotBlank());
		assertThat(data.queueDepth()).isEqualTo(23);
	}

	@Test
	void stopsAtTheMaximumPerRunAndLeavesTheRestQueued() {
		// given
		for (int i = 0; i < 5; i++) {
			data.send("message " + i);
		}
		IngestProperties limited = new IngestProperties(properties.queue(), properties.sources(), Duration.ofSeconds(1),
				properties.visibilityTimeout(), properties.chunkSize(), 3, properties.headConcurrency(), properties.documentId(),
				false, properties.snsSubscribeUrlPattern(), properties.sns());

		// when
		List<InboundMessage> read = readAll(new SqsMessageReader(queue, limited));

		// then three are taken (in flight), two remain visible for the next run
		assertThat(read).hasSize(3);
		List<String> left = queue.client()
			.receiveMessage(r -> r.queueUrl(queue.url()).maxNumberOfMessages(10).waitTimeSeconds(1).visibilityTimeout(1))
			.messages()
			.stream()
			.map(m -> m.body())
			.toList();
		assertThat(left).hasSize(2).doesNotContainAnyElementsOf(read.stream().map(InboundMessage::body).toList());
	}

	private static List<InboundMessage> readAll(SqsMessageReader reader) {
		List<InboundMessage> read = new ArrayList<>();
		for (InboundMessage message = reader.read(); message != null; message = reader.read()) {
			read.add(message);
		}
		return read;
	}

}
