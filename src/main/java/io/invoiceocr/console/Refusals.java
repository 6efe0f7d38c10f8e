package io.invoiceocr.console;

import io.invoiceocr.launch.ShuttingDownException;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.launch.NoSuchJobException;
import org.springframework.batch.core.launch.NoSuchJobExecutionException;

/**
 * What an action on a job is told when the launcher refuses it: the refusals the REST API answers
 * with 400, 404 and 409 are shown as they are worded; anything else is thrown on.
 */
public final class Refusals {

	private Refusals() {
	}

	public static String describe(Exception ex) throws Exception {
		if (ex instanceof InvalidJobParametersException || ex instanceof JobInstanceAlreadyCompleteException
				|| ex instanceof JobRestartException || ex instanceof JobExecutionAlreadyRunningException
				|| ex instanceof JobExecutionNotRunningException || ex instanceof NoSuchJobException
				|| ex instanceof NoSuchJobExecutionException || ex instanceof IllegalArgumentException
				|| ex instanceof ShuttingDownException) {
			return "Refused: " + ex.getMessage();
		}
		throw ex;
	}

}
