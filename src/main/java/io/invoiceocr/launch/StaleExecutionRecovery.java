package io.invoiceocr.launch;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.invoiceocr.job.JobProperties;
import io.invoiceocr.job.step.ClaimRelease;
import io.invoiceocr.webhook.WebhookDelivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * A run killed hard ({@code kill -9}, OOM, a node lost) leaves its execution STARTED in the job
 * repository for ever, and Spring Batch then refuses to restart that job instance ("already
 * running"). Before a job is launched, executions of it whose run is dead are recovered (marked
 * FAILED), so that they can be restarted: at once when the run's lock is free (its process is gone,
 * see {@link RunLocks}), else once it has shown no progress for {@code invoice-ocr.job.stale-after}
 * (a run of an older version, or a node lost without its connection closing). The documents they
 * had claimed stay claimed when the caller restarts that instance (a backfill launched again goes
 * on with them); otherwise they go back to PENDING at once instead of waiting for their leases, for
 * the run being launched. Progress is the last update of the execution or any of its steps, which
 * Spring Batch writes at every commit.
 */
@Component
class StaleExecutionRecovery {

	/**
	 * A running execution as a launch sees it.
	 *
	 * @param lastProgress the last time it wrote to the job repository
	 * @param lock         what its run lock says of its process
	 * @param deadAfter    when it counts as dead if it shows no progress until then
	 */
	record Running(JobExecution execution, LocalDateTime lastProgress, RunLocks.State lock, LocalDateTime deadAfter) {

		boolean dead(LocalDateTime now) {
			return lock == RunLocks.State.RELEASED || (lastProgress != null && deadAfter.isBefore(now));
		}

	}

	private static final Logger log = LoggerFactory.getLogger(StaleExecutionRecovery.class);

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final JobProperties properties;

	private final ClaimRelease release;

	private final RunLocks locks;

	private final WebhookDelivery webhooks;

	StaleExecutionRecovery(JobRepository jobRepository, JobOperator jobOperator, JobProperties properties,
			ClaimRelease release, RunLocks locks, WebhookDelivery webhooks) {
		this.webhooks = webhooks;
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.properties = properties;
		this.release = release;
		this.locks = locks;
	}

	/** The executions of a job that are running, as far as the job repository says. */
	List<Running> running(String jobName) {
		return jobRepository.findRunningJobExecutions(jobName).stream().map(this::assess).toList();
	}

	/**
	 * Recovers the executions of one job whose run is dead; returns them.
	 * @param releaseClaims whether their documents go back to PENDING (the next launch of the job is
	 *                      a new instance) or stay claimed for a restart of theirs
	 */
	List<JobExecution> recoverStale(String jobName, boolean releaseClaims) {
		LocalDateTime now = LocalDateTime.now();
		List<JobExecution> recovered = new ArrayList<>();
		for (Running running : running(jobName)) {
			if (!running.dead(now)) {
				continue;
			}
			JobExecution execution = running.execution();
			if (running.lock() == RunLocks.State.RELEASED) {
				log.warn("Execution {} of {} is STARTED but its run lock is free: its process is gone (last progress {}); "
						+ "recovering it now so that it can be restarted", execution.getId(), jobName,
						running.lastProgress());
			}
			else {
				log.warn("Execution {} of {} has shown no progress since {} (more than {}): its run died; "
						+ "recovering it so that it can be restarted", execution.getId(), jobName, running.lastProgress(),
						properties.staleAfter());
			}
			recovered.add(jobOperator.recover(execution));
			// the events it was sending are due again now, not when their lease runs out
			int events = webhooks.releaseClaimsOfRuns(List.of(execution.getId()));
			if (events > 0) {
				log.warn("{} webhook events execution {} was sending are due again", events, execution.getId());
			}
			if (releaseClaims) {
				// a restarted run claims under its first execution: release those of the whole instance
				release.ofRuns(jobRepository.getJobExecutions(execution.getJobInstance())
					.stream()
					.map(JobExecution::getId)
					.toList());
			}
		}
		return recovered;
	}

	private Running assess(JobExecution execution) {
		LocalDateTime lastProgress = lastActivity(execution);
		LocalDateTime deadAfter = lastProgress == null ? null : lastProgress.plus(properties.staleAfter());
		return new Running(execution, lastProgress, locks.state(execution), deadAfter);
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
