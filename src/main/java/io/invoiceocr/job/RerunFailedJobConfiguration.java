package io.invoiceocr.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code rerunFailedJob}: the chosen FAILED documents go back to PENDING and are processed again by
 * this run alone; their new results are reported like any other.
 */
@Configuration(proxyBeanMethods = false)
class RerunFailedJobConfiguration {

	@Bean
	Job rerunFailedJob(ProcessingJobs jobs, Step rerunClaimStep) {
		return jobs.job("rerunFailedJob", NewInstanceEachLaunch.checking(new RerunParameters()), rerunClaimStep);
	}

}
