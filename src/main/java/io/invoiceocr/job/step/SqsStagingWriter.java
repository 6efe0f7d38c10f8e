package io.invoiceocr.job.step;

import java.util.List;
import java.util.Objects;

import io.invoiceocr.document.AfterCommit;
import io.invoiceocr.document.DocumentSource;
import io.invoiceocr.ingest.IngestMetrics;
import io.invoiceocr.ingest.IngestReport;
import io.invoiceocr.ingest.MessageStager;
import io.invoiceocr.ingest.TriagedMessage;
import io.invoiceocr.ingest.sqs.IngestQueue;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stages a chunk of messages and deletes them from the queue only once the chunk's transaction has
 * committed. If the commit fails, nothing is deleted and the messages come back after their
 * visibility timeout: a later run stages them, idempotently.
 */
public class SqsStagingWriter implements ItemWriter<TriagedMessage> {

	private final MessageStager stager;

	private final IngestQueue queue;

	private final StepExecution stepExecution;

	private final IngestProgress progress;

	private final IngestMetrics metrics;

	public SqsStagingWriter(MessageStager stager, IngestQueue queue, StepExecution stepExecution,
			IngestProgress progress, IngestMetrics metrics) {
		this.stager = stager;
		this.queue = queue;
		this.stepExecution = stepExecution;
		this.progress = progress;
		this.metrics = metrics;
	}

	@Override
	public void write(Chunk<? extends TriagedMessage> chunk) {
		List<TriagedMessage> messages = List.copyOf(chunk.getItems());
		IngestReport report = stager.stage(messages, stepExecution.getJobExecutionId());
		List<String> receiptHandles = messages.stream()
			.map(m -> m.message().receiptHandle())
			.filter(Objects::nonNull)
			.toList();
		// Deleting before the commit could lose messages; AfterCommit refuses to run without one.
		AfterCommit.run(() -> {
			queue.delete(receiptHandles);
			progress.add(report);
			metrics.committed(DocumentSource.SQS, report);
		});
	}

}
