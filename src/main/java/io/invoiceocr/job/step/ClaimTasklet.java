package io.invoiceocr.job.step;

import io.invoiceocr.document.DocumentClaims;
import io.invoiceocr.document.OcrDocument;
import io.invoiceocr.webhook.WebhookEvents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The first half of processing: documents whose claims ran out go back to PENDING, then this run
 * claims its documents (PROCESSING, dealt into partitions) in one transaction, with their
 * PROCESSING events when those are sent. The claiming run is remembered in the job's context: the
 * partitions read their documents by it, on a restart too.
 */
public class ClaimTasklet implements Tasklet {

	public static final String CLAIM_EXECUTION = "claim.execution";

	public static final String CLAIMED = "claim.documents";

	static final String PARTITIONS = "claim.partitions";

	private static final Logger log = LoggerFactory.getLogger(ClaimTasklet.class);

	/** How a run chooses its documents. */
	@FunctionalInterface
	public interface Claimer {

		DocumentClaims.Claim claim(long jobExecutionId, int partitions);

	}

	private final DocumentClaims claims;

	private final ClaimRelease release;

	private final WebhookEvents events;

	private final Claimer claimer;

	private final int partitions;

	public ClaimTasklet(DocumentClaims claims, ClaimRelease release, WebhookEvents events, Claimer claimer, int partitions) {
		this.claims = claims;
		this.release = release;
		this.events = events;
		this.claimer = claimer;
		this.partitions = partitions;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution job = contribution.getStepExecution().getJobExecution();
		release.expired();
		DocumentClaims.Claim claim = claimer.claim(job.getId(), partitions);
		if (events.processingEvents()) {
			for (OcrDocument document : claims.unfinished(job.getId())) {
				events.add(WebhookEvents.processing(document.id(), document.bucket(), document.objectKey(),
						document.updatedAt(), document.attempts()));
			}
		}
		job.getExecutionContext().putLong(CLAIM_EXECUTION, job.getId());
		// the partitions are those of the claim, whatever a restart on another machine is configured with
		job.getExecutionContext().putInt(PARTITIONS, partitions);
		contribution.getStepExecution().getExecutionContext().putLong(CLAIMED, claim.total());
		contribution.incrementWriteCount(claim.total());
		log.info("Claimed {} documents for processing, per partition {}", claim.total(), claim.perPartition());
		return RepeatStatus.FINISHED;
	}

}
