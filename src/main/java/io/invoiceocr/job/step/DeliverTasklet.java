package io.invoiceocr.job.step;

import io.invoiceocr.webhook.WebhookDelivery;
import io.invoiceocr.webhook.WebhookOutbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Delivers the webhook events that are due, a batch per call: each batch commits the step's
 * counts, which is the run's sign of life while a slow receiver is being waited on. The step runs
 * without a transaction of its own around the batch ({@link WebhookDelivery} claims and records in
 * short ones of its own), so that no connection is held while the receiver is waited on. A receiver
 * that is down does not fail the run: its events wait for their next attempt (the next run,
 * {@code deliverWebhooksJob} or the service's delivery schedule).
 */
public class DeliverTasklet implements Tasklet {

	public static final String DELIVERED = "webhook.delivered";

	public static final String RETRIED = "webhook.retried";

	public static final String DEAD = "webhook.dead";

	private static final Logger log = LoggerFactory.getLogger(DeliverTasklet.class);

	private final WebhookDelivery delivery;

	private final WebhookOutbox outbox;

	private final int batchSize;

	private final boolean requeueDead;

	private boolean started;

	DeliverTasklet(WebhookDelivery delivery, WebhookOutbox outbox, int batchSize, boolean requeueDead) {
		this.delivery = delivery;
		this.outbox = outbox;
		this.batchSize = batchSize;
		this.requeueDead = requeueDead;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (!started) {
			started = true;
			if (requeueDead) {
				log.info("Re-queued {} dead webhook events", delivery.requeueDead(null));
			}
			if (!delivery.configured()) {
				log.warn("No webhook receiver configured (invoice-ocr.webhook.url): events wait in the outbox {}",
						outbox.countByStatus());
				return RepeatStatus.FINISHED;
			}
		}
		WebhookDelivery.Pass pass = delivery.deliverBatchForRun(contribution.getStepExecution().getJobExecutionId(),
				batchSize);
		var context = contribution.getStepExecution().getExecutionContext();
		context.putInt(DELIVERED, context.getInt(DELIVERED, 0) + pass.delivered());
		context.putInt(RETRIED, context.getInt(RETRIED, 0) + pass.retried());
		context.putInt(DEAD, context.getInt(DEAD, 0) + pass.dead());
		contribution.incrementWriteCount(pass.delivered());
		if (pass.attempted() == batchSize) {
			return RepeatStatus.CONTINUABLE;
		}
		log.info("Webhook events: {} delivered, {} to retry later, {} dead; outbox {}", context.getInt(DELIVERED),
				context.getInt(RETRIED), context.getInt(DEAD), outbox.countByStatus());
		return RepeatStatus.FINISHED;
	}

}
