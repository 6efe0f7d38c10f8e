package io.invoiceocr.job.step;

import java.util.List;

import io.invoiceocr.document.AfterCommit;
import io.invoiceocr.document.DocumentSource;
import io.invoiceocr.document.NewDocument;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.document.StagingResult;
import io.invoiceocr.ingest.DocumentIdResolver;
import io.invoiceocr.ingest.IngestMetrics;
import io.invoiceocr.ingest.IngestReport;
import io.invoiceocr.ingest.ObjectToStage;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Stages listed objects as PENDING documents (source BACKFILL), or in a dry run only counts them.
 * The counts are kept in the step's execution context through {@link #update}, which Spring Batch
 * calls inside each chunk's transaction: a chunk that rolls back is not counted, and a restart
 * continues from the committed counts.
 */
public class BackfillStagingWriter implements ItemStreamWriter<ObjectToStage> {

	public static final String STAGED = "backfill.staged";

	public static final String DUPLICATES = "backfill.duplicates";

	public static final String REUPLOADS = "backfill.reuploads";

	public static final String WOULD_STAGE = "backfill.wouldStage";

	public static final String WOULD_STAGE_BYTES = "backfill.wouldStageBytes";

	private final DocumentIdResolver idResolver;

	private final OcrDocumentRepository documents;

	private final StepExecution stepExecution;

	private final IngestMetrics metrics;

	private final boolean dryRun;

	private final Counts committed = new Counts();

	private Counts pending = new Counts();

	public BackfillStagingWriter(DocumentIdResolver idResolver, OcrDocumentRepository documents,
			StepExecution stepExecution, IngestMetrics metrics, boolean dryRun) {
		this.idResolver = idResolver;
		this.documents = documents;
		this.stepExecution = stepExecution;
		this.metrics = metrics;
		this.dryRun = dryRun;
	}

	@Override
	public void open(ExecutionContext context) {
		committed.staged = context.getLong(STAGED, 0L);
		committed.duplicates = context.getLong(DUPLICATES, 0L);
		committed.reuploads = context.getLong(REUPLOADS, 0L);
		committed.wouldStage = context.getLong(WOULD_STAGE, 0L);
		committed.wouldStageBytes = context.getLong(WOULD_STAGE_BYTES, 0L);
	}

	@Override
	public void update(ExecutionContext context) {
		// Called in the chunk's transaction after write(): what was written is about to commit.
		committed.add(pending);
		pending = new Counts();
		if (dryRun) {
			context.putLong(WOULD_STAGE, committed.wouldStage);
			context.putLong(WOULD_STAGE_BYTES, committed.wouldStageBytes);
		}
		else {
			context.putLong(STAGED, committed.staged);
			context.putLong(DUPLICATES, committed.duplicates);
			context.putLong(REUPLOADS, committed.reuploads);
		}
	}

	@Override
	public void write(Chunk<? extends ObjectToStage> chunk) {
		List<ObjectToStage> objects = List.copyOf(chunk.getItems());
		pending = new Counts();
		if (dryRun) {
			pending.wouldStage = objects.size();
			pending.wouldStageBytes = objects.stream().mapToLong(o -> o.sizeBytes() == null ? 0 : o.sizeBytes()).sum();
			return;
		}
		List<NewDocument> resolved = idResolver.resolveAll(objects);
		StagingResult result = documents.stage(resolved, stepExecution.getJobExecutionId());
		pending.staged = result.staged().size();
		pending.duplicates = result.duplicates().size() + result.superseded().size();
		pending.reuploads = result.reuploads().size();
		IngestReport report = IngestReport.of(result, 0, 0, 0);
		AfterCommit.run(() -> metrics.committed(DocumentSource.BACKFILL, report));
	}

	private static final class Counts {

		long staged;

		long duplicates;

		long reuploads;

		long wouldStage;

		long wouldStageBytes;

		void add(Counts other) {
			staged += other.staged;
			duplicates += other.duplicates;
			reuploads += other.reuploads;
			wouldStage += other.wouldStage;
			wouldStageBytes += other.wouldStageBytes;
		}

	}

}
