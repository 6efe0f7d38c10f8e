package io.invoiceocr.job;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import io.invoiceocr.document.OcrDocument;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.document.OcrStatus;
import io.invoiceocr.document.RunResults;
import io.invoiceocr.extract.InvoiceSummary;
import io.invoiceocr.job.step.BackfillStagingWriter;
import io.invoiceocr.job.step.ClaimTasklet;
import io.invoiceocr.job.step.DeliverTasklet;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Prints, when a run ends, its steps and the documents it processed (status, vendor, date, total,
 * time) or, when it processed none, those it staged; then the counts per status. For a person at a
 * terminal: off unless {@code invoice-ocr.job.print-report} is set (the local profile sets it).
 */
@Component
class RunReportListener implements JobExecutionListener {

	private static final String PROCESSED_ROW = "%-38s %-10s %-28s %-10s %14s %7s%n";

	private static final String STAGED_ROW = "%-38s %-10s %-8s %-62s %s%n";

	private final OcrDocumentRepository documents;

	private final RunResults results;

	private final JobProperties properties;

	private final PrintStream out = System.out;

	RunReportListener(OcrDocumentRepository documents, RunResults results, JobProperties properties) {
		this.documents = documents;
		this.results = results;
		this.properties = properties;
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		if (!properties.printReport()) {
			return;
		}
		out.println();
		out.printf("%s #%d %s%n", jobExecution.getJobInstance().getJobName(), jobExecution.getId(),
				jobExecution.getStatus());
		for (StepExecution step : jobExecution.getStepExecutions()) {
			out.printf("  %-28s read=%d written=%d %s%s%n", step.getStepName(), step.getReadCount(),
					step.getWriteCount(), step.getStatus(), counts(step));
		}
		var context = jobExecution.getExecutionContext();
		List<RunResults.Row> processed = context.containsKey(ClaimTasklet.CLAIM_EXECUTION)
				? results.claimedBy(context.getLong(ClaimTasklet.CLAIM_EXECUTION), properties.reportRows()) : List.of();
		if (!processed.isEmpty()) {
			printProcessed(processed);
		}
		else {
			printStaged(documents.findStagedBy(jobExecution.getId(), properties.reportRows()));
		}
		Map<OcrStatus, Long> byStatus = documents.countByStatus();
		out.printf("All documents by status: %s%n%n", byStatus);
	}

	private void printProcessed(List<RunResults.Row> rows) {
		out.printf(PROCESSED_ROW, "document", "status", "vendor", "date", "total", "ms");
		for (RunResults.Row row : rows) {
			InvoiceSummary invoice = InvoiceSummary.of(row.invoice());
			String total = invoice.total() == null ? "-"
					: (invoice.currency() == null ? "" : invoice.currency() + " ") + invoice.total();
			out.printf(PROCESSED_ROW, row.documentId(), row.status(), abbreviate(orDash(invoice.vendor()), 28),
					orDash(invoice.invoiceDate()), total, row.ms() == null ? "-" : row.ms());
			if (row.error() != null) {
				out.printf("    %s%n", row.error());
			}
		}
	}

	private void printStaged(List<OcrDocument> staged) {
		out.printf(STAGED_ROW, "document", "status", "source", "object", "size");
		for (OcrDocument document : staged) {
			out.printf(STAGED_ROW, document.id(), document.status(), document.source(),
					abbreviate(document.objectUri(), 62), document.sizeBytes() == null ? "-" : document.sizeBytes());
		}
		out.printf("%d staged by this run%n", staged.size());
	}

	private static String counts(StepExecution step) {
		var context = step.getExecutionContext();
		StringBuilder text = new StringBuilder();
		for (String key : List.of("ingest.staged", "ingest.reuploads", "ingest.duplicates", "ingest.removals", "ingest.rejected",
				"ingest.ignored", BackfillStagingWriter.STAGED, BackfillStagingWriter.REUPLOADS, BackfillStagingWriter.DUPLICATES,
				BackfillStagingWriter.WOULD_STAGE, BackfillStagingWriter.WOULD_STAGE_BYTES, ClaimTasklet.CLAIMED,
				DeliverTasklet.DELIVERED, DeliverTasklet.RETRIED, DeliverTasklet.DEAD)) {
			if (context.containsKey(key)) {
				text.append(' ').append(key.substring(key.indexOf('.') + 1)).append('=').append(context.get(key));
			}
		}
		return text.toString();
	}

	private static String orDash(String text) {
		return text == null || text.isBlank() ? "-" : text;
	}

	private static String abbreviate(String text, int width) {
		return text.length() <= width ? text : text.substring(0, width - 1) + "…";
	}

}
