package io.invoiceocr.console.runs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.invoiceocr.console.Times;
import io.invoiceocr.console.overview.RunProgress;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** A job execution as the runs pages show it. */
public record RunView(long id, String jobName, String status, String exitCode, String exitDescription, String started,
		String ended, String duration, long read, long written, Map<String, String> parameters, List<StepView> steps,
		RunProgress progress, boolean running, boolean restartable) {

	/** One step; a partition's name is its step's, a colon, and the partition's ({@code processPartition:partition0}). */
	public record StepView(String name, String status, long read, long written, long commits, long rollbacks,
			String duration, boolean partition) {
	}

	static RunView of(JobExecution execution, RunProgress progress) {
		Map<String, String> parameters = new TreeMap<>();
		execution.getJobParameters().parameters().forEach(p -> parameters.put(p.name(), String.valueOf(p.value())));
		List<StepView> steps = execution.getStepExecutions().stream()
			.sorted((a, b) -> Long.compare(a.getId(), b.getId()))
			.map(RunView::step)
			.toList();
		long read = steps.stream().filter(s -> !s.partition()).mapToLong(StepView::read).sum();
		long written = steps.stream().filter(s -> !s.partition()).mapToLong(StepView::written).sum();
		BatchStatus status = execution.getStatus();
		return new RunView(execution.getId(), execution.getJobInstance().getJobName(), status.name(),
				execution.getExitStatus().getExitCode(), execution.getExitStatus().getExitDescription(),
				Times.format(execution.getStartTime()), Times.format(execution.getEndTime()),
				duration(execution.getStartTime(), execution.getEndTime()), read, written, parameters, steps, progress,
				execution.isRunning(), status == BatchStatus.FAILED || status == BatchStatus.STOPPED);
	}

	private static StepView step(StepExecution step) {
		return new StepView(step.getStepName(), step.getStatus().name(), step.getReadCount(), step.getWriteCount(),
				step.getCommitCount(), step.getRollbackCount(), duration(step.getStartTime(), step.getEndTime()),
				step.getStepName().contains(":"));
	}

	private static String duration(LocalDateTime start, LocalDateTime end) {
		if (start == null) {
			return "";
		}
		return Times.format(Duration.between(start, end == null ? LocalDateTime.now() : end));
	}

}
