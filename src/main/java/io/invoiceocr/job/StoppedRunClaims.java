package io.invoiceocr.job;

import java.util.List;

import io.invoiceocr.document.DocumentClaims;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * A run stopped on purpose (a shutdown, a stop request) ends STOPPED with the documents it had
 * not reached still claimed, so that restarting it finishes them. For the jobs whose every launch
 * is a new run ({@code ocrJob}, {@code rerunFailedJob}) nobody may restart it: the next launch
 * takes those documents back to PENDING instead of leaving them to their leases. Restarting the
 * stopped run after that is harmless; it finds nothing left to do.
 */
@Component
class StoppedRunClaims {

	private static final Logger log = LoggerFactory.getLogger(StoppedRunClaims.class);

	private final DocumentClaims claims;

	private final JobRepository repository;

	StoppedRunClaims(DocumentClaims claims, JobRepository repository) {
		this.claims = claims;
		this.repository = repository;
	}

	/** Returns the claims of {@code jobName}'s stopped runs to PENDING. */
	void returnToPending(String jobName) {
		// a restarted run claims under its instance's first execution; the instance's last one says how it ended
		List<Long> stopped = claims.claimHolders().stream().filter(holder -> stoppedRunOf(jobName, holder)).toList();
		if (stopped.isEmpty()) {
			return;
		}
		List<String> returned = claims.returnClaimsOf(stopped);
		log.info("{} documents claimed by the stopped run(s) {} of {} are PENDING again, for this run", returned.size(),
				stopped, jobName);
	}

	private boolean stoppedRunOf(String jobName, long claimingExecutionId) {
		JobExecution claiming = repository.getJobExecution(claimingExecutionId);
		if (claiming == null || !claiming.getJobInstance().getJobName().equals(jobName)) {
			return false;
		}
		JobExecution last = repository.getLastJobExecution(claiming.getJobInstance());
		return last != null && last.getStatus() == BatchStatus.STOPPED;
	}

}
