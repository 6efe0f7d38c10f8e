package io.invoiceocr.job;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * A run killed hard ({@code kill -9}, OOM, a node lost) leaves its execution STARTED in the job
 * repository for ever, and Spring Batch then refuses to restart that job instance ("already
 * running"). Before a job is launched, executions of it that have shown no progress for
 * {@code invoice-ocr.job.stale-after} are recovered (marked FAILED), so that they can be restarted.
 * The documents they had claimed stay claimed when the caller restarts that instance (a backfill
 * launched again goes on with them); otherwise they go back to PENDING at once instead of waiting
 * for their leases, for the run being launched. Progress is the last update of the execution or
 * any of its steps, which Spring Batch writes at every commit.
 */
@Component
class StaleExecutionRecovery {

	private static final Logger log = LoggerFactory.getLogger(StaleExecutionRecovery.class);

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final JobProperties properties;

	private final ClaimRelease release;

	StaleExecutionRecovery(JobRepository jobRepository, JobOperator jobOperator, JobProperties properties,
			ClaimRelease release) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.properties = properties;
		this.release = release;
	}

	/**
	 * Recovers the stale executions of one job; returns them.
	 * @param releaseClaims whether their documents go back to PENDING (the next launch of the job is
	 *                      a new instance) or stay claimed for a restart of theirs
	 */
	List<JobExecution> recoverStale(String jobName, boolean releaseClaims) {
		LocalDateTime cutoff = LocalDateTime.now().minus(properties.staleAfter());
		List<JobExecution> recovered = new ArrayList<>();
		for (JobExecution execution : jobRepository.findRunningJobExecutions(jobName)) {
			LocalDateTime lastActivity = lastActivity(execution);
			if (lastActivity != null && lastActivity.isBefore(cutoff)) {
				log.warn("Execution {} of {} has shown no progress since {} (more than {}): its run died; "
						+ "recovering it so that it can be restarted", execution.getId(), jobName, lastActivity,
						properties.staleAfter());
				recovered.add(jobOperator.recover(execution));
				if (releaseClaims) {
					// a restarted run claims under its first execution: release those of the whole instance
					release.ofRuns(jobRepository.getJobExecutions(execution.getJobInstance())
						.stream()
						.map(JobExecution::getId)
						.toList());
				}
			}
		}
		return recovered;
	}

	private static LocalDateTime lastActivity(JobExecution execution) {
		Stream<LocalDateTime> job = Stream.of(execution.getCreateTime(), execution.getStartTime(),
				execution.getLastUpdated());
		Stream<LocalDateTime> steps = execution.getStepExecutions()
			.stream()
			.flatMap(step -> Stream.of(step.getStartTime(), step.getLastUpdated()));
		return Stream.concat(job, steps).filter(Objects::nonNull).max(LocalDateTime::compareTo).orElse(null);
	}

}
