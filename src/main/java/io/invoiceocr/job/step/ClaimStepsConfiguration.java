package io.invoiceocr.job.step;

import io.invoiceocr.document.DocumentClaims;
import io.invoiceocr.job.BackfillParameters;
import io.invoiceocr.job.ParameterValues;
import io.invoiceocr.job.RerunParameters;
import io.invoiceocr.process.ProcessProperties;
import io.invoiceocr.webhook.WebhookEvents;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The steps that claim what a run processes: the PENDING documents ({@code claimStep}), or the
 * chosen FAILED ones, put back first ({@code rerunClaimStep}).
 */
@Configuration(proxyBeanMethods = false)
class ClaimStepsConfiguration {

	@Bean
	Step claimStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ClaimTasklet pendingClaimTasklet) {
		return new StepBuilder("claimStep", jobRepository).tasklet(pendingClaimTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	ClaimTasklet pendingClaimTasklet(DocumentClaims claims, ClaimRelease release, WebhookEvents events,
			ProcessProperties properties, @Value("#{stepExecution}") StepExecution stepExecution) {
		return new ClaimTasklet(claims, release, events,
				new PendingDocumentsClaim(claims, properties, ParameterValues.flag(stepExecution.getJobExecution().getJobParameters(), BackfillParameters.DRY_RUN)),
				properties.effectivePartitions());
	}

	@Bean
	Step rerunClaimStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ClaimTasklet failedClaimTasklet) {
		return new StepBuilder("rerunClaimStep", jobRepository).tasklet(failedClaimTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	ClaimTasklet failedClaimTasklet(DocumentClaims claims, ClaimRelease release, WebhookEvents events,
			ProcessProperties properties, @Value("#{stepExecution}") StepExecution stepExecution) {
		return new ClaimTasklet(claims, release, events,
				new FailedDocumentsClaim(claims, properties, RerunParameters.toSelection(stepExecution.getJobExecution().getJobParameters())),
				properties.effectivePartitions());
	}

}
