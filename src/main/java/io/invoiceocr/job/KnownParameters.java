package io.invoiceocr.job;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * Refuses parameters a job does not know, instead of silently ignoring a misspelt one, and checks
 * that its switches are {@code true} or {@code false}. {@code run}, which makes each launch a new
 * instance, is always known.
 */
class KnownParameters implements JobParametersValidator {

	private final String jobName;

	private final Set<String> switches;

	/** @param switches the job's parameters, all true/false switches */
	KnownParameters(String jobName, Set<String> switches) {
		this.jobName = jobName;
		this.switches = switches;
	}

	@Override
	public void validate(JobParameters parameters) throws InvalidJobParametersException {
		Set<String> unknown = unknown(parameters, switches);
		if (!unknown.isEmpty()) {
			throw new InvalidJobParametersException(jobName + " takes " + (switches.isEmpty() ? "no parameters"
					: "only " + switches + " (true or false)") + ", but got " + unknown);
		}
		for (String name : switches) {
			try {
				ParameterValues.flag(parameters, name);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidJobParametersException(jobName + ": " + ex.getMessage());
			}
		}
	}

	/** @throws IllegalArgumentException naming the parameters that are neither {@code known} nor {@code run} */
	static void refuseUnknown(JobParameters parameters, Set<String> known) {
		Set<String> unknown = unknown(parameters, known);
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("unknown parameters " + unknown);
		}
	}

	private static Set<String> unknown(JobParameters parameters, Set<String> known) {
		Set<String> unknown = new TreeSet<>(parameters.parameters().stream().map(JobParameter::name).toList());
		unknown.remove(NewInstanceEachLaunch.RUN);
		unknown.removeAll(known);
		return unknown;
	}

}
