package io.invoiceocr.console.overview;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.invoiceocr.console.Times;
import io.invoiceocr.ingest.sqs.IngestQueue;
import io.invoiceocr.webhook.WebhookOutbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the backlog the way the {@code invoice_ocr.queue.*} and {@code webhook.backlog} gauges do. */
@Component
class BacklogReader {

	private static final Logger log = LoggerFactory.getLogger(BacklogReader.class);

	private final JdbcTemplate jdbc;

	private final IngestQueue queue;

	private final WebhookOutbox outbox;

	BacklogReader(JdbcTemplate jdbc, IngestQueue queue, WebhookOutbox outbox) {
		this.jdbc = jdbc;
		this.queue = queue;
		this.outbox = outbox;
	}

	Backlog read() {
		Timestamp oldest = jdbc.queryForObject(
				"SELECT min(created_at) FROM ocr_document WHERE ocr_status = 'PENDING'", Timestamp.class);
		String age = oldest == null ? "" : Times.format(Duration.between(oldest.toInstant(), Instant.now()));
		Map<String, Long> webhooks = outbox.countByStatus();
		return new Backlog(queueMessages(), age, webhooks.getOrDefault("PENDING", 0L), webhooks.getOrDefault("DEAD", 0L),
				webhooks.getOrDefault("DELIVERED", 0L));
	}

	private Integer queueMessages() {
		try {
			return queue.visibleMessages();
		}
		catch (RuntimeException ex) {
			log.debug("The queue's depth could not be read", ex);
			return null;
		}
	}

}
