package io.invoiceocr.job;

import io.invoiceocr.webhook.WebhookDelivery;
import io.invoiceocr.webhook.WebhookOutbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Delivers the webhook events that are due. A receiver that is down does not fail the run: its
 * events wait for their next attempt (the next run, {@code deliverWebhooksJob} or the service's
 * delivery schedule).
 */
class DeliverTasklet implements Tasklet {

	static final String DELIVERED = "webhook.delivered";

	private static final Logger log = LoggerFactory.getLogger(DeliverTasklet.class);

	private final WebhookDelivery delivery;

	private final WebhookOutbox outbox;

	private final int batchSize;

	private final boolean requeueDead;

	DeliverTasklet(WebhookDelivery delivery, WebhookOutbox outbox, int batchSize, boolean requeueDead) {
		this.delivery = delivery;
		this.outbox = outbox;
		this.batchSize = batchSize;
		this.requeueDead = requeueDead;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (requeueDead) {
			log.info("Re-queued {} dead webhook events", delivery.requeueDead(null));
		}
		if (!delivery.configured()) {
			log.warn("No webhook receiver configured (invoice-ocr.webhook.url): events wait in the outbox {}",
					outbox.countByStatus());
			return RepeatStatus.FINISHED;
		}
		WebhookDelivery.Pass pass = delivery.deliverDue(batchSize);
		var context = contribution.getStepExecution().getExecutionContext();
		context.putInt(DELIVERED, pass.delivered());
		context.putInt("webhook.retried", pass.retried());
		context.putInt("webhook.dead", pass.dead());
		contribution.incrementWriteCount(pass.delivered());
		log.info("Webhook events: {} delivered, {} to retry later, {} dead; outbox {}", pass.delivered(), pass.retried(),
				pass.dead(), outbox.countByStatus());
		return RepeatStatus.FINISHED;
	}

}
