package io.invoiceocr.ingest;

import io.invoiceocr.document.DocumentSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts committed ingest outcomes as {@code invoice_ocr.ingest.events}, tagged by source (SQS,
 * HTTP, BACKFILL) and outcome (staged, reupload, duplicate, removal, rejected, ignored), so that a dashboard
 * shows the inflow and an alert can watch the rejects.
 */
@Component
public class IngestMetrics {

	static final String NAME = "invoice_ocr.ingest.events";

	private final MeterRegistry registry;

	public IngestMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Records what was committed; call after the transaction, never for work that rolled back. */
	public void committed(DocumentSource source, IngestReport report) {
		count(source, "staged", report.staged());
		count(source, "reupload", report.reuploads());
		count(source, "duplicate", report.duplicates());
		count(source, "removal", report.removals());
		count(source, "rejected", report.rejected());
		count(source, "ignored", report.ignored());
	}

	private void count(DocumentSource source, String outcome, int amount) {
		if (amount > 0) {
			Counter.builder(NAME)
				.description("S3 object events taken in, by outcome")
				.tag("source", source.name())
				.tag("outcome", outcome)
				.register(registry)
				.increment(amount);
		}
	}

}
