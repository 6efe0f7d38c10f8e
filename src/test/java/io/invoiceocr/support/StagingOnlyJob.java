package io.invoiceocr.support;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.RunIdIncrementer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * {@code ocrJob}'s ingest step alone, as a job: the tests of staging look at documents as staging
 * leaves them (PENDING), before processing takes them further.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StagingOnlyJob {

	public static final String NAME = "stagingOnlyJob";

	@Bean
	Job stagingOnlyJob(JobRepository jobRepository, Step ingestStep) {
		return new JobBuilder(NAME, jobRepository).incrementer(new RunIdIncrementer()).start(ingestStep).build();
	}

}
