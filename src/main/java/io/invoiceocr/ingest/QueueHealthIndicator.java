package io.invoiceocr.ingest;

import io.invoiceocr.ingest.sqs.IngestQueue;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.core.exception.SdkException;

/** {@code sqs}: the upload queue answers GetQueueAttributes; its depth is a detail. */
@Component("sqs")
class QueueHealthIndicator implements HealthIndicator {

	private final IngestQueue queue;

	QueueHealthIndicator(IngestQueue queue) {
		this.queue = queue;
	}

	@Override
	public Health health() {
		try {
			return Health.up().withDetail("queue", queue.url()).withDetail("messages", queue.visibleMessages()).build();
		}
		catch (SdkException ex) {
			return Health.down().withDetail("queue", queue.url()).withDetail("error", String.valueOf(ex.getMessage())).build();
		}
	}

}
