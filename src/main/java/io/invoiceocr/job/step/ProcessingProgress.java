package io.invoiceocr.job.step;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.invoiceocr.document.DocumentClaims;
import io.invoiceocr.document.OcrStatus;
import io.invoiceocr.process.ProcessProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Logs how far a run's processing has come, at most every {@code invoice-ocr.process.progress-interval}
 * and when it ends: documents done of the claim, by outcome, the rate and the time left. Counts come
 * from the database, so they hold across partitions and restarts.
 */
@Component
public class ProcessingProgress implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ProcessingProgress.class);

	private record Run(String jobName, long total, long startNanos, long doneAtStart, AtomicLong lastLogNanos) {
	}

	private final DocumentClaims claims;

	private final Duration interval;

	private final Map<Long, Run> runs = new ConcurrentHashMap<>();

	ProcessingProgress(DocumentClaims claims, ProcessProperties properties) {
		this.claims = claims;
		this.interval = properties.progressInterval();
	}

	/** The processing step begins (or begins again after a restart). */
	@Override
	public void beforeStep(StepExecution stepExecution) {
		var context = stepExecution.getJobExecution().getExecutionContext();
		if (!context.containsKey(ClaimTasklet.CLAIM_EXECUTION)) {
			return;
		}
		long claim = context.getLong(ClaimTasklet.CLAIM_EXECUTION);
		Map<OcrStatus, Long> counts = claims.countByStatus(claim);
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		long now = System.nanoTime();
		runs.put(claim, new Run(stepExecution.getJobExecution().getJobInstance().getJobName(), total, now, done(counts),
				new AtomicLong(now)));
	}

	/** Documents were written; logs when the interval has passed. */
	void advanced(long claimExecution) {
		Run run = runs.get(claimExecution);
		if (run == null) {
			return;
		}
		long now = System.nanoTime();
		long last = run.lastLogNanos().get();
		if (now - last >= interval.toNanos() && run.lastLogNanos().compareAndSet(last, now)) {
			log(claimExecution, run, "processing");
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		var context = stepExecution.getJobExecution().getExecutionContext();
		if (context.containsKey(ClaimTasklet.CLAIM_EXECUTION)) {
			long claim = context.getLong(ClaimTasklet.CLAIM_EXECUTION);
			Run run = runs.remove(claim);
			if (run != null) {
				log(claim, run, "processed");
			}
		}
		return stepExecution.getExitStatus();
	}

	private void log(long claim, Run run, String verb) {
		Map<OcrStatus, Long> counts = claims.countByStatus(claim);
		long done = done(counts);
		double seconds = Math.max(0.001, (System.nanoTime() - run.startNanos()) / 1e9);
		double perMinute = (done - run.doneAtStart()) / seconds * 60;
		long left = run.total() - done;
		String eta = perMinute <= 0 ? "unknown" : format(Duration.ofSeconds((long) (left / perMinute * 60)));
		log.info("{} #{}: {} {}/{} documents (COMPLETED {}, FAILED {}), {} documents/min, ETA {}", run.jobName(), claim,
				verb, done, run.total(), counts.getOrDefault(OcrStatus.COMPLETED, 0L),
				counts.getOrDefault(OcrStatus.FAILED, 0L), String.format(java.util.Locale.ROOT, "%.1f", perMinute),
				left == 0 ? "-" : eta);
	}

	private static long done(Map<OcrStatus, Long> counts) {
		return counts.getOrDefault(OcrStatus.COMPLETED, 0L) + counts.getOrDefault(OcrStatus.FAILED, 0L);
	}

	private static String format(Duration duration) {
		return duration.toHours() > 0 ? duration.toHours() + "h" + duration.toMinutesPart() + "m"
				: duration.toMinutes() > 0 ? duration.toMinutes() + "m" + duration.toSecondsPart() + "s"
						: duration.toSeconds() + "s";
	}

}
