package io.invoiceocr.job.remote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Sums up a remote partitioned step, counting the partitions workers completed while the run's
 * manager was dead. Those belong to the earlier execution that was recovered; the restart does
 * not run them again, and Spring Batch passes its aggregator only the partitions it ran
 * (spring-batch#5158), so without this a restart after a manager crash would report nothing of
 * what the workers did meanwhile.
 */
class RecoveredRunAggregator implements StepExecutionAggregator {

	private final JobRepository repository;

	private final String partitionPrefix;

	private final StepExecutionAggregator delegate = new DefaultStepExecutionAggregator();

	RecoveredRunAggregator(JobRepository repository, String partitionStepName) {
		this.repository = repository;
		this.partitionPrefix = partitionStepName + ":";
	}

	@Override
	public void aggregate(StepExecution result, Collection<StepExecution> executions) {
		List<StepExecution> all = new ArrayList<>(executions);
		Set<String> counted = new HashSet<>();
		executions.forEach(execution -> counted.add(execution.getStepName()));
		// the executions come with their step executions and contexts
		for (JobExecution earlier : repository.getJobExecutions(result.getJobExecution().getJobInstance())) {
			if (earlier.getId() == result.getJobExecutionId() || !managerWasRecovered(earlier, result.getStepName())) {
				continue;
			}
			for (StepExecution partition : earlier.getStepExecutions()) {
				if (partition.getStepName().startsWith(partitionPrefix) && partition.getStatus() == BatchStatus.COMPLETED
						&& counted.add(partition.getStepName())) {
					all.add(partition);
				}
			}
		}
		delegate.aggregate(result, all);
	}

	/**
	 * Whether the manager step of that execution died while it waited: recovered as FAILED, its exit
	 * status still the one of a running step (a step that failed by itself says FAILED).
	 */
	private static boolean managerWasRecovered(JobExecution execution, String managerStepName) {
		return execution.getStepExecutions()
			.stream()
			.anyMatch(step -> step.getStepName().equals(managerStepName) && step.getStatus() == BatchStatus.FAILED
					&& ExitStatus.EXECUTING.getExitCode().equals(step.getExitStatus().getExitCode()));
	}

}
