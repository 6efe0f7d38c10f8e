package io.invoiceocr.support;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;

/** Runs jobs synchronously the way the command line does, for tests. */
public final class Jobs {

	private Jobs() {
	}

	public static JobExecution run(JobOperator operator, Job job, JobParameters parameters) {
		try {
			return operator.start(job, parameters);
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not launch " + job.getName(), ex);
		}
	}

	public static JobExecution run(JobOperator operator, Job job) {
		return run(operator, job, new JobParameters());
	}

}
