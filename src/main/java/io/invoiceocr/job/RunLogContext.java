package io.invoiceocr.job;

import org.slf4j.MDC;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Puts the run's job execution id and the step's name on every log line written while they run,
 * on the launching thread and on each partition's thread (fields {@code jobExecutionId} and
 * {@code step} of the structured logs), so that one run's lines can be picked out of a shared log.
 */
@Component
public class RunLogContext implements JobExecutionListener, StepExecutionListener {

	static final String JOB_EXECUTION_ID = "jobExecutionId";

	static final String STEP = "step";

	@Override
	public void beforeJob(JobExecution jobExecution) {
		MDC.put(JOB_EXECUTION_ID, String.valueOf(jobExecution.getId()));
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		MDC.remove(JOB_EXECUTION_ID);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		MDC.put(JOB_EXECUTION_ID, String.valueOf(stepExecution.getJobExecutionId()));
		MDC.put(STEP, stepExecution.getStepName());
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		MDC.remove(STEP);
		return stepExecution.getExitStatus();
	}

}
