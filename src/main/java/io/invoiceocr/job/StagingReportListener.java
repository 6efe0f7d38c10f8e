package io.invoiceocr.job;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import io.invoiceocr.document.OcrDocument;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.document.OcrStatus;
import io.invoiceocr.ingest.backfill.BackfillStagingWriter;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Prints, when a run ends, the documents it staged and the counts per status, for a person at a
 * terminal. Off unless {@code invoice-ocr.job.print-report} is set (the local profile sets it).
 */
@Component
class StagingReportListener implements JobExecutionListener {

	private final OcrDocumentRepository documents;

	private final JobProperties properties;

	private final PrintStream out = System.out;

	StagingReportListener(OcrDocumentRepository documents, JobProperties properties) {
		this.documents = documents;
		this.properties = properties;
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		if (!properties.printReport()) {
			return;
		}
		List<OcrDocument> staged = documents.findStagedBy(jobExecution.getId(), properties.reportRows());
		out.println();
		out.printf("%s #%d %s%n", jobExecution.getJobInstance().getJobName(), jobExecution.getId(),
				jobExecution.getStatus());
		for (StepExecution step : jobExecution.getStepExecutions()) {
			out.printf("  %-14s read=%d written=%d %s%s%n", step.getStepName(), step.getReadCount(), step.getWriteCount(),
					step.getStatus(), counts(step));
		}
		out.printf("%-38s %-10s %-8s %-62s %s%n", "document", "status", "source", "object", "size");
		for (OcrDocument document : staged) {
			out.printf("%-38s %-10s %-8s %-62s %s%n", document.id(), document.status(), document.source(),
					abbreviate(document.objectUri(), 62), document.sizeBytes() == null ? "-" : document.sizeBytes());
		}
		Map<OcrStatus, Long> byStatus = documents.countByStatus();
		out.printf("%d staged by this run; all documents by status: %s%n%n", staged.size(), byStatus);
	}

	private static String counts(StepExecution step) {
		var context = step.getExecutionContext();
		StringBuilder text = new StringBuilder();
		for (String key : List.of("ingest.staged", "ingest.reuploads", "ingest.duplicates", "ingest.removals", "ingest.rejected",
				"ingest.ignored", BackfillStagingWriter.STAGED, BackfillStagingWriter.REUPLOADS, BackfillStagingWriter.DUPLICATES,
				BackfillStagingWriter.WOULD_STAGE, BackfillStagingWriter.WOULD_STAGE_BYTES)) {
			if (context.containsKey(key)) {
				text.append(' ').append(key.substring(key.indexOf('.') + 1)).append('=').append(context.get(key));
			}
		}
		return text.toString();
	}

	private static String abbreviate(String text, int width) {
		return text.length() <= width ? text : "…" + text.substring(text.length() - width + 1);
	}

}
