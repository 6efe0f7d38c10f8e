package io.invoiceocr.job.step;

import io.invoiceocr.job.DeliverWebhooksJobConfiguration;
import io.invoiceocr.job.ParameterValues;
import io.invoiceocr.webhook.WebhookDelivery;
import io.invoiceocr.webhook.WebhookOutbox;
import io.invoiceocr.webhook.WebhookProperties;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code deliverStep}: delivers the webhook events that are due (those of this run and earlier
 * ones). The step's own transaction holds no connection: the delivery claims, and records each
 * answer, in transactions of its own, and waits on the receiver with none open (the job repository
 * writes the step's counts in its own).
 */
@Configuration(proxyBeanMethods = false)
class DeliverStepConfiguration {

	@Bean
	Step deliverStep(JobRepository jobRepository, DeliverTasklet deliverTasklet) {
		return new StepBuilder("deliverStep", jobRepository).tasklet(deliverTasklet, new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	@StepScope
	DeliverTasklet deliverTasklet(WebhookDelivery delivery, WebhookOutbox outbox, WebhookProperties properties,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return new DeliverTasklet(delivery, outbox, properties.batchSize(),
				ParameterValues.flag(stepExecution.getJobExecution().getJobParameters(), DeliverWebhooksJobConfiguration.REQUEUE_DEAD));
	}

}
