package io.invoiceocr.job;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * For a job that takes no parameters of its own: a misspelt or misplaced one is refused instead
 * of silently ignored. {@code run}, which makes each launch a new instance, is always allowed.
 */
class NoParameters implements JobParametersValidator {

	private final String jobName;

	NoParameters(String jobName) {
		this.jobName = jobName;
	}

	@Override
	public void validate(JobParameters parameters) throws InvalidJobParametersException {
		Set<String> unknown = new TreeSet<>(parameters.parameters().stream().map(JobParameter::name).toList());
		unknown.remove(UniqueRunIncrementer.RUN);
		if (!unknown.isEmpty()) {
			throw new InvalidJobParametersException(jobName + " takes no parameters, but got " + unknown);
		}
	}

}
