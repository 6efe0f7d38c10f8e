package io.invoiceocr.launch;

import org.springframework.batch.core.job.JobExecutionException;

/** A launch refused because the process is shutting down: the next process will take the work. */
public class ShuttingDownException extends JobExecutionException {

	ShuttingDownException(String jobName) {
		super(jobName + " not launched: invoice-ocr is shutting down");
	}

}
