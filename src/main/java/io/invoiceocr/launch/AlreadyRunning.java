package io.invoiceocr.launch;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.JobExecution;

/**
 * Why a launch was refused because a run of the job is going on: which execution, since when, its
 * last progress, what its run lock says, when it would count as dead, and what to do.
 */
final class AlreadyRunning {

	private AlreadyRunning() {
	}

	static String describe(String jobName, List<StaleExecutionRecovery.Running> running, Duration staleAfter) {
		return running.stream()
			.map(run -> describe(jobName, run, staleAfter))
			.collect(Collectors.joining(" ")) + " It was not started twice.";
	}

	private static String describe(String jobName, StaleExecutionRecovery.Running run, Duration staleAfter) {
		JobExecution execution = run.execution();
		long id = execution.getId();
		LocalDateTime since = execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime();
		String what = jobName + " is already running: execution " + id + ", started " + time(since) + ", last progress "
				+ time(run.lastProgress()) + ". ";
		String deadline = "no progress until " + time(run.deadAfter()) + " (invoice-ocr.job.stale-after="
				+ setting(staleAfter) + ")";
		String lock = switch (run.lock()) {
			case HELD -> "Its process is alive (it holds the run's lock in PostgreSQL); it would count as dead only after "
					+ deadline + ". ";
			case NONE -> "It holds no run lock (it is just starting, or an older version of the service runs it), so it "
					+ "counts as dead only after " + deadline + "; a launch after that recovers it. ";
			case RELEASED -> "Its run lock is free: its process is gone, and the next launch recovers it. ";
		};
		return what + lock + "Wait for it to end, or stop it (POST /api/jobs/executions/" + id + "/stop).";
	}

	/** The duration as it is written in the settings ("10m", "90s"), not as ISO-8601 ("PT10M"). */
	private static String setting(Duration duration) {
		if (duration.toMillis() % 1000 != 0) {
			return duration.toMillis() + "ms";
		}
		long seconds = duration.toSeconds();
		if (seconds % 3600 == 0 && seconds > 0) {
			return seconds / 3600 + "h";
		}
		return seconds % 60 == 0 && seconds > 0 ? seconds / 60 + "m" : seconds + "s";
	}

	private static String time(LocalDateTime time) {
		return time == null ? "(not recorded)" : time.truncatedTo(ChronoUnit.SECONDS).toString();
	}

}
