package io.invoiceocr.job;

import java.util.UUID;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * Declares, as a job's validator, that each launch of the job is a new job instance: what the job
 * works on is in the queue and the tables, not in its parameters, so launching it again must not
 * find the last run's instance complete. A launch gets a random {@code run} parameter; a job
 * without this declaration is named by its parameters ({@code backfillJob}: launched again with
 * the same ones, it restarts).
 *
 * <p>Not a {@code JobParametersIncrementer}: Spring Batch 6 starts a job that has one with the
 * incrementer's parameters only and drops those of the launch (spring-batch#4910), and these jobs
 * take parameters ({@code rerunFailedJob}'s selection, {@code deliverWebhooksJob}'s
 * {@code requeueDead}). Random, not counted up from the last instance as {@code RunIdIncrementer}
 * does: two launches at the same moment in two processes would count to the same number, and the
 * second would fail on the instance table.
 */
public final class NewInstanceEachLaunch implements JobParametersValidator {

	/** The parameter that makes a launch a new job instance. */
	public static final String RUN = "run";

	private final JobParametersValidator parameters;

	private NewInstanceEachLaunch(JobParametersValidator parameters) {
		this.parameters = parameters;
	}

	/** @param parameters checks the parameters the job takes besides {@code run} */
	public static NewInstanceEachLaunch checking(JobParametersValidator parameters) {
		return new NewInstanceEachLaunch(parameters);
	}

	/** Whether {@code job} declared that each of its launches is a new instance. */
	public static boolean isDeclaredBy(Job job) {
		return job.getJobParametersValidator() instanceof NewInstanceEachLaunch;
	}

	/** The launch's parameters, with a new {@code run} unless the launch names one. */
	public static JobParameters newInstance(JobParameters given) {
		if (given.getString(RUN) != null) {
			return given;
		}
		return new JobParametersBuilder(given).addString(RUN, UUID.randomUUID().toString()).toJobParameters();
	}

	@Override
	public void validate(JobParameters given) throws InvalidJobParametersException {
		parameters.validate(given);
	}

}
