package io.invoiceocr.job.step;

import io.invoiceocr.ingest.IngestReport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Logs what an ingest step committed and keeps the counts in the step's execution context. */
public class IngestProgressListener implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(IngestProgressListener.class);

	private final IngestProgress progress;

	public IngestProgressListener(IngestProgress progress) {
		this.progress = progress;
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		IngestReport total = progress.total();
		stepExecution.getExecutionContext().putInt("ingest.staged", total.staged());
		stepExecution.getExecutionContext().putInt("ingest.reuploads", total.reuploads());
		stepExecution.getExecutionContext().putInt("ingest.duplicates", total.duplicates());
		stepExecution.getExecutionContext().putInt("ingest.removals", total.removals());
		stepExecution.getExecutionContext().putInt("ingest.rejected", total.rejected());
		stepExecution.getExecutionContext().putInt("ingest.ignored", total.ignored());
		log.info("Ingest {}: {}", stepExecution.getStatus(), progress.summary());
		return stepExecution.getExitStatus();
	}

}
