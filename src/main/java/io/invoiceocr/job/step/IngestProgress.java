package io.invoiceocr.job.step;

import java.time.Duration;
import java.time.Instant;

import io.invoiceocr.ingest.IngestReport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Committed counts of one ingest run, logged as they grow so that a long drain shows its rate. */
public class IngestProgress {

	private static final Logger log = LoggerFactory.getLogger(IngestProgress.class);

	private static final Duration LOG_EVERY = Duration.ofSeconds(10);

	private final Instant started = Instant.now();

	private Instant lastLogged = started;

	private IngestReport total = IngestReport.EMPTY;

	public synchronized void add(IngestReport report) {
		total = total.plus(report);
		Instant now = Instant.now();
		if (Duration.between(lastLogged, now).compareTo(LOG_EVERY) >= 0) {
			lastLogged = now;
			log.info("Ingest progress: {}", summary());
		}
	}

	public synchronized IngestReport total() {
		return total;
	}

	public synchronized String summary() {
		long millis = Math.max(1, Duration.between(started, Instant.now()).toMillis());
		return String.format(java.util.Locale.ROOT, "%s (%.1f events/s)", total, total.events() * 1000.0 / millis);
	}

}
