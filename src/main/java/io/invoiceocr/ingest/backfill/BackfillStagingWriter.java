package io.invoiceocr.ingest.backfill;

import java.util.List;

import io.invoiceocr.document.DocumentSource;
import io.invoiceocr.document.NewDocument;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.document.StagingResult;
import io.invoiceocr.ingest.DocumentIdResolver;
import io.invoiceocr.ingest.IngestMetrics;
import io.invoiceocr.ingest.IngestRejectRepository;
import io.invoiceocr.ingest.IngestReport;
import io.invoiceocr.ingest.ObjectToStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stages listed objects as PENDING documents (source BACKFILL), or in a dry run only counts them.
 * The counts live in the step's execution context, so they survive a restart and show in the
 * job repository.
 */
public class BackfillStagingWriter implements ItemWriter<ObjectToStage> {

	private static final Logger log = LoggerFactory.getLogger(BackfillStagingWriter.class);

	public static final String STAGED = "backfill.staged";

	public static final String DUPLICATES = "backfill.duplicates";

	public static final String WOULD_STAGE = "backfill.wouldStage";

	public static final String WOULD_STAGE_BYTES = "backfill.wouldStageBytes";

	private final DocumentIdResolver idResolver;

	private final OcrDocumentRepository documents;

	private final IngestRejectRepository rejects;

	private final StepExecution stepExecution;

	private final IngestMetrics metrics;

	private final boolean dryRun;

	public BackfillStagingWriter(DocumentIdResolver idResolver, OcrDocumentRepository documents,
			IngestRejectRepository rejects, StepExecution stepExecution, IngestMetrics metrics, boolean dryRun) {
		this.idResolver = idResolver;
		this.documents = documents;
		this.rejects = rejects;
		this.stepExecution = stepExecution;
		this.metrics = metrics;
		this.dryRun = dryRun;
	}

	@Override
	public void write(Chunk<? extends ObjectToStage> chunk) {
		ExecutionContext context = stepExecution.getExecutionContext();
		List<ObjectToStage> objects = List.copyOf(chunk.getItems());
		if (dryRun) {
			long bytes = objects.stream().mapToLong(o -> o.sizeBytes() == null ? 0 : o.sizeBytes()).sum();
			add(context, WOULD_STAGE, objects.size());
			add(context, WOULD_STAGE_BYTES, bytes);
			return;
		}
		List<NewDocument> resolved = idResolver.resolveAll(objects);
		StagingResult result = documents.stage(resolved, stepExecution.getJobExecutionId());
		add(context, STAGED, result.staged().size());
		add(context, DUPLICATES, result.duplicates().size());
		IngestReport report = new IngestReport(result.staged().size(), result.duplicates().size(), 0,
				result.idConflicts().size(), 0);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				metrics.committed(DocumentSource.BACKFILL, report);
			}
		});
		rejects.save(result.idConflicts().stream().map(conflict -> {
			log.warn("Not staged: {}", conflict.reason());
			NewDocument document = conflict.document();
			// A listing has no message: the object itself is what is kept.
			return new IngestRejectRepository.Reject(DocumentSource.BACKFILL, document.objectUri(), conflict.reason(),
					document.objectUri());
		}).toList());
	}

	private static void add(ExecutionContext context, String key, long amount) {
		context.putLong(key, context.getLong(key, 0L) + amount);
	}

}
