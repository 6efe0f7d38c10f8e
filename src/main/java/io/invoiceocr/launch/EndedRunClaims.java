package io.invoiceocr.launch;

import java.util.List;

import io.invoiceocr.document.DocumentClaims;
import io.invoiceocr.job.step.ClaimRelease;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * A run that stopped (a shutdown, a stop request) or failed (a partition that could not go on) ends
 * with the documents it had not reached still claimed, so that restarting it finishes them. For the
 * jobs whose every launch is a new run ({@code ocrJob}, {@code rerunFailedJob}) nobody need restart
 * it: the next launch takes those documents back to PENDING instead of leaving them to their leases.
 * A stop is not an attempt; a failure counts the read it interrupted (see
 * {@link DocumentClaims#markReading}). Restarting the ended run after that is harmless; it finds
 * nothing left to do.
 */
@Component
class EndedRunClaims {

	private static final Logger log = LoggerFactory.getLogger(EndedRunClaims.class);

	private final DocumentClaims claims;

	private final JobRepository repository;

	private final ClaimRelease release;

	EndedRunClaims(DocumentClaims claims, JobRepository repository, ClaimRelease release) {
		this.claims = claims;
		this.repository = repository;
		this.release = release;
	}

	/** Returns the claims of {@code jobName}'s stopped and failed runs to PENDING. */
	void returnToPending(String jobName) {
		// a restarted run claims under its instance's first execution; the instance's last one says how it ended
		List<Long> holders = claims.claimHolders();
		List<Long> stopped = holders.stream().filter(holder -> endedRunOf(jobName, holder, BatchStatus.STOPPED)).toList();
		List<Long> failed = holders.stream().filter(holder -> endedRunOf(jobName, holder, BatchStatus.FAILED)).toList();
		if (!stopped.isEmpty()) {
			List<String> returned = claims.returnClaimsOf(stopped);
			log.info("{} documents claimed by the stopped run(s) {} of {} are PENDING again, for this run",
					returned.size(), stopped, jobName);
		}
		if (!failed.isEmpty()) {
			log.info("The failed run(s) {} of {} left documents claimed; they are PENDING again, for this run", failed,
					jobName);
			release.ofRuns(failed);
		}
	}

	private boolean endedRunOf(String jobName, long claimingExecutionId, BatchStatus ended) {
		JobExecution claiming = repository.getJobExecution(claimingExecutionId);
		if (claiming == null || !claiming.getJobInstance().getJobName().equals(jobName)) {
			return false;
		}
		JobExecution last = repository.getLastJobExecution(claiming.getJobInstance());
		return last != null && last.getStatus() == ended;
	}

}
