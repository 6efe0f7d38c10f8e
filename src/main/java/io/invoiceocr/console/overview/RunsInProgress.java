package io.invoiceocr.console.overview;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.invoiceocr.console.Times;
import io.invoiceocr.document.DocumentClaims;
import io.invoiceocr.document.OcrStatus;
import io.invoiceocr.job.step.ClaimTasklet;
import io.invoiceocr.launch.JobLaunches;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/** The executions running now, in any process sharing the database, with their progress. */
@Component
public class RunsInProgress {

	private final JobLaunches launches;

	private final JobRepository repository;

	private final DocumentClaims claims;

	RunsInProgress(JobLaunches launches, JobRepository repository, DocumentClaims claims) {
		this.launches = launches;
		this.repository = repository;
		this.claims = claims;
	}

	public List<RunProgress> now() {
		List<RunProgress> runs = new ArrayList<>();
		for (String jobName : launches.jobNames()) {
			for (JobExecution execution : repository.findRunningJobExecutions(jobName)) {
				runs.add(progress(execution));
			}
		}
		runs.sort(Comparator.comparingLong(RunProgress::executionId).reversed());
		return runs;
	}

	/** The progress of one execution, running or not. */
	public RunProgress progress(JobExecution execution) {
		var context = execution.getExecutionContext();
		// a restarted run works on the claim of the run it restarts, named in its context
		long claim = context.containsKey(ClaimTasklet.CLAIM_EXECUTION) ? context.getLong(ClaimTasklet.CLAIM_EXECUTION) : execution.getId();
		Map<OcrStatus, Long> counts = claims.countByStatus(claim);
		long completed = counts.getOrDefault(OcrStatus.COMPLETED, 0L);
		long failed = counts.getOrDefault(OcrStatus.FAILED, 0L);
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		long done = completed + failed;
		LocalDateTime start = execution.getStartTime() == null ? execution.getCreateTime() : execution.getStartTime();
		LocalDateTime end = execution.getEndTime() == null ? LocalDateTime.now() : execution.getEndTime();
		double seconds = start == null ? 0 : Math.max(1, Duration.between(start, end).toMillis() / 1000.0);
		double perSecond = seconds == 0 ? 0 : done / seconds;
		String rate = perSecond == 0 ? "" : String.format("%.2f docs/s", perSecond);
		String eta = perSecond == 0 || done >= total ? ""
				: Times.format(Duration.ofSeconds(Math.round((total - done) / perSecond)));
		return new RunProgress(execution.getId(), execution.getJobInstance().getJobName(), execution.getStatus().name(),
				done, failed, total, rate, eta);
	}

}
