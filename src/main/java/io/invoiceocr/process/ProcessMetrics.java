package io.invoiceocr.process;

import java.util.concurrent.TimeUnit;

import io.invoiceocr.document.OcrStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Processing as metrics: {@code invoice_ocr.documents} counts committed results by outcome
 * (completed, failed) and {@code invoice_ocr.documents.reused} the results taken over from identical
 * content; {@code invoice_ocr.stage} times each stage of a document (fetch, ocr, extract, write).
 */
public class ProcessMetrics {

	static final String DOCUMENTS = "invoice_ocr.documents";

	static final String STAGE = "invoice_ocr.stage";

	private final MeterRegistry registry;

	public ProcessMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/** A result was committed. */
	public void finished(OcrStatus outcome) {
		Counter.builder(DOCUMENTS)
			.description("Documents processed, by outcome")
			.tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
			.register(registry)
			.increment();
	}

	void reused() {
		Counter.builder(DOCUMENTS + ".reused")
			.description("Documents whose result was taken over from a document with the same content")
			.register(registry)
			.increment();
	}

	public void stage(String stage, long millis) {
		Timer.builder(STAGE)
			.description("Time per document in each stage of processing")
			.tag("stage", stage)
			.register(registry)
			.record(millis, TimeUnit.MILLISECONDS);
	}

}
