package io.invoiceocr.job.step;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.invoiceocr.document.AfterCommit;
import io.invoiceocr.document.DocumentResults;
import io.invoiceocr.process.DocumentProcessor;
import io.invoiceocr.process.ProcessMetrics;
import io.invoiceocr.process.ProcessedDocument;
import io.invoiceocr.webhook.WebhookEvent;
import io.invoiceocr.webhook.WebhookEvents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Writes processed documents in the caller's transaction: each result with its audit row and the
 * webhook event that reports it. A document whose claim this run no longer holds (its lease ran
 * out and another run took it) is dropped, so that it gets one result only.
 */
public class ResultRecorder {

	private static final Logger log = LoggerFactory.getLogger(ResultRecorder.class);

	private final DocumentResults results;

	private final WebhookEvents events;

	private final ProcessMetrics metrics;

	public ResultRecorder(DocumentResults results, WebhookEvents events, ProcessMetrics metrics) {
		this.results = results;
		this.events = events;
		this.metrics = metrics;
	}

	/**
	 * @param claimExecution the run that claimed the documents
	 * @param jobExecutionId the run writing them (a restart of the claiming run has a new id)
	 * @return how many were written
	 */
	public int record(List<ProcessedDocument> processed, long claimExecution, long jobExecutionId) {
		long start = System.nanoTime();
		int written = 0;
		for (ProcessedDocument document : processed) {
			Optional<DocumentResults.Recorded> recorded = results.record(document.result(), claimExecution,
					jobExecutionId);
			if (recorded.isEmpty()) {
				log.warn("Document {} is no longer claimed by run {} (its lease ran out and it went back to PENDING); "
						+ "its result is dropped", document.document().id(), claimExecution);
				continue;
			}
			events.add(event(document, recorded.get().attempt(), recorded.get().at()));
			// said once the result is in the database: a chunk that rolls back is read again
			AfterCommit.run(() -> finished(document));
			written++;
		}
		metrics.stage("write", (System.nanoTime() - start) / 1_000_000 / Math.max(1, processed.size()));
		return written;
	}

	private void finished(ProcessedDocument document) {
		metrics.finished(document.status());
		try (MDC.MDCCloseable id = MDC.putCloseable(DocumentProcessor.DOCUMENT_ID, document.document().id())) {
			log.debug("{} {} in {} ms{}", document.document().objectUri(), document.status(), document.elapsedMs(),
					document.result().error() == null ? "" : ": " + document.result().error());
		}
	}

	private static WebhookEvent event(ProcessedDocument document, int attempt, Instant at) {
		DocumentResults.Result result = document.result();
		return new WebhookEvent(result.documentId(), result.status().name(), result.text(), document.invoice(),
				result.error(), document.metadata(), document.document().bucket(), document.document().objectKey(), at,
				attempt);
	}

}
