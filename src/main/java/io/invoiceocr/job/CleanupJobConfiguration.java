package io.invoiceocr.job;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;

import io.invoiceocr.webhook.WebhookOutbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code cleanupJob}: the job repository and the webhook outbox do not grow without bound. Removes
 * the metadata of finished job instances older than {@code invoice-ocr.cleanup.job-metadata-after}
 * and delivered webhook events older than {@code delivered-webhooks-after}, in one transaction.
 * Documents and their audit trail are never removed.
 */
@Configuration(proxyBeanMethods = false)
class CleanupJobConfiguration {

	static final String REMOVED_EXECUTIONS = "cleanup.jobExecutions";

	static final String REMOVED_WEBHOOKS = "cleanup.deliveredWebhooks";

	private static final Logger log = LoggerFactory.getLogger(CleanupJobConfiguration.class);

	@Bean
	Job cleanupJob(JobRepository jobRepository, Step cleanupStep, RunLogContext logContext) {
		return new JobBuilder("cleanupJob", jobRepository).validator(NewInstanceEachLaunch.checking(new KnownParameters("cleanupJob", Set.of())))
			.start(cleanupStep)
			.listener(logContext)
			.build();
	}

	@Bean
	Step cleanupStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JobMetadataCleanup metadata, WebhookOutbox outbox, CleanupProperties properties) {
		return new StepBuilder("cleanupStep", jobRepository).tasklet((contribution, chunkContext) -> {
			int executions = metadata.removeFinishedBefore(LocalDateTime.now().minus(properties.jobMetadataAfter()));
			int webhooks = outbox.deleteDeliveredBefore(Instant.now().minus(properties.deliveredWebhooksAfter()));
			var context = contribution.getStepExecution().getExecutionContext();
			context.putInt(REMOVED_EXECUTIONS, executions);
			context.putInt(REMOVED_WEBHOOKS, webhooks);
			log.info("Removed {} finished job executions older than {} and {} delivered webhook events older than {}",
					executions, properties.jobMetadataAfter(), webhooks, properties.deliveredWebhooksAfter());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

}
