package io.invoiceocr.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.stereotype.Component;

/**
 * The jobs that take documents through the pipeline end the same way: the documents their first
 * steps staged or chose are claimed, processed in partitions and reported ({@code processStep},
 * {@code deliverStep}), with the run's report and a last delivery when the run fails. Only the
 * first steps and the parameters differ from job to job.
 */
@Component
class ProcessingJobs {

	private final JobRepository jobRepository;

	private final Step processStep;

	private final Step deliverStep;

	private final RunLogContext logContext;

	private final RunReportListener report;

	private final DeliveryAfterFailedRun deliveryAfterFailure;

	ProcessingJobs(JobRepository jobRepository, Step processStep, Step deliverStep, RunLogContext logContext,
			RunReportListener report, DeliveryAfterFailedRun deliveryAfterFailure) {
		this.jobRepository = jobRepository;
		this.processStep = processStep;
		this.deliverStep = deliverStep;
		this.logContext = logContext;
		this.report = report;
		this.deliveryAfterFailure = deliveryAfterFailure;
	}

	/**
	 * @param parameters what the job takes, and how its launches make instances
	 * @param first      the steps before the processing: what stages and claims the documents
	 */
	Job job(String name, JobParametersValidator parameters, Step first, Step... then) {
		SimpleJobBuilder steps = new JobBuilder(name, jobRepository).validator(parameters).start(first);
		for (Step step : then) {
			steps = steps.next(step);
		}
		return steps.next(processStep)
			.next(deliverStep)
			.listener(logContext)
			.listener(report)
			.listener(deliveryAfterFailure)
			.build();
	}

}
