package io.invoiceocr.launch;

import io.invoiceocr.ingest.sqs.IngestQueue;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What is waiting, read when the metrics are scraped: {@code invoice_ocr.queue.messages} (upload
 * events not yet taken from the queue), {@code invoice_ocr.queue.lag} (seconds the oldest PENDING
 * document has waited), {@code invoice_ocr.documents.pending} and {@code invoice_ocr.webhook.backlog}
 * (events not yet delivered). An alert on the lag catches a service that has stopped draining.
 */
@Component
class BacklogMetrics implements MeterBinder {

	private final JdbcTemplate jdbc;

	private final IngestQueue queue;

	BacklogMetrics(JdbcTemplate jdbc, IngestQueue queue) {
		this.jdbc = jdbc;
		this.queue = queue;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("invoice_ocr.queue.messages", queue, IngestQueue::visibleMessages)
			.description("Upload events waiting in the queue")
			.register(registry);
		Gauge.builder("invoice_ocr.queue.lag", this, metrics -> metrics.number(
				"SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0) FROM ocr_document WHERE ocr_status = 'PENDING'"))
			.description("Seconds the oldest PENDING document has waited")
			.baseUnit("seconds")
			.register(registry);
		Gauge.builder("invoice_ocr.documents.pending", this,
				metrics -> metrics.number("SELECT count(*) FROM ocr_document WHERE ocr_status = 'PENDING'"))
			.description("Documents staged and not yet claimed")
			.register(registry);
		Gauge.builder("invoice_ocr.webhook.backlog", this,
				metrics -> metrics.number("SELECT count(*) FROM webhook_outbox WHERE status = 'PENDING'"))
			.description("Webhook events not yet delivered")
			.register(registry);
	}

	private double number(String sql) {
		Number value = jdbc.queryForObject(sql, Number.class);
		return value == null ? 0 : value.doubleValue();
	}

}
