package io.invoiceocr.job.step;

import io.invoiceocr.process.ProcessedDocument;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes a chunk of results, their audit rows and webhook events in the chunk's transaction. */
class ProcessedDocumentWriter implements ItemWriter<ProcessedDocument> {

	private final ResultRecorder recorder;

	private final ProcessingProgress progress;

	private final long claimExecution;

	private final long jobExecutionId;

	ProcessedDocumentWriter(ResultRecorder recorder, ProcessingProgress progress, long claimExecution,
			long jobExecutionId) {
		this.recorder = recorder;
		this.progress = progress;
		this.claimExecution = claimExecution;
		this.jobExecutionId = jobExecutionId;
	}

	@Override
	public void write(Chunk<? extends ProcessedDocument> chunk) {
		recorder.record(java.util.List.copyOf(chunk.getItems()), claimExecution, jobExecutionId);
		progress.advanced(claimExecution);
	}

}
