package io.invoiceocr.job;

import java.util.UUID;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.JobParametersIncrementer;

/**
 * Gives every launch of a queue-draining job its own instance. Spring Batch's RunIdIncrementer
 * counts up from the last instance, so two launches at the same moment (a scheduled run and an
 * event-launched one, or two pods) pick the same run id and the second fails on the instance
 * table; a random run id cannot collide.
 */
class UniqueRunIncrementer implements JobParametersIncrementer {

	static final String RUN = "run";

	@Override
	public JobParameters getNext(JobParameters parameters) {
		JobParameters previous = parameters == null ? new JobParameters() : parameters;
		return new JobParametersBuilder(previous).addString(RUN, UUID.randomUUID().toString()).toJobParameters();
	}

}
