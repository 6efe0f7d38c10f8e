package io.invoiceocr.job;

import io.invoiceocr.webhook.WebhookDelivery;
import io.invoiceocr.webhook.WebhookProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Delivers the webhook events that are due when a run has failed before its delivery step: one
 * partition that failed must not hold back the results the others wrote. A listener rather than a
 * step taken on the flow's FAILED transition, because Spring Batch marks a failed step that the flow
 * went on from as ABANDONED, and an abandoned step is not run again when the failed run is restarted.
 */
@Component
class DeliveryAfterFailedRun implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(DeliveryAfterFailedRun.class);

	private final WebhookDelivery delivery;

	private final int batchSize;

	DeliveryAfterFailedRun(WebhookDelivery delivery, WebhookProperties properties) {
		this.delivery = delivery;
		this.batchSize = properties.batchSize();
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		if (jobExecution.getStatus() != BatchStatus.FAILED || !delivery.configured()) {
			return;
		}
		try {
			WebhookDelivery.Pass pass = delivery.deliverDueForRun(jobExecution.getId(), batchSize);
			log.info("The run failed; webhook events of the documents it finished: {} delivered, {} to retry later, "
					+ "{} dead", pass.delivered(), pass.retried(), pass.dead());
		}
		catch (RuntimeException ex) {
			// the events stay due: the restart, the next run or deliverWebhooksJob sends them
			log.warn("The run failed and its finished documents' webhook events could not be sent now ({}); they "
					+ "stay in the outbox for the next delivery", ex.getMessage());
		}
	}

}
