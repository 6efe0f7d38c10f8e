package io.invoiceocr.launch;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.context.LifecycleProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * SIGTERM (Kubernetes stopping a pod, {@code docker stop}, Ctrl-C) while jobs run: no new run
 * starts, the runs of this process stop at their next chunk boundary (the documents being read
 * finish and their results are committed; the others stay claimed by their run) and end STOPPED,
 * restartable. Only then are the database pool, the OCR engine and the web server closed. Runs the
 * first of all lifecycle phases, and waits at most {@code spring.lifecycle.timeout-per-shutdown-phase};
 * a run still going then is recovered as a crashed one by the next launch.
 */
@Component
class GracefulShutdown implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GracefulShutdown.class);

	private final JobLaunches launches;

	private final Duration timeout;

	private volatile boolean running;

	GracefulShutdown(JobLaunches launches, LifecycleProperties lifecycle) {
		this.launches = launches;
		this.timeout = lifecycle.getTimeoutPerShutdownPhase();
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		List<Long> stopping = launches.stopRunsInThisProcess();
		running = false;
		if (stopping.isEmpty()) {
			return;
		}
		log.info("Shutting down: runs {} stop at their next chunk boundary (waiting up to {})", stopping, timeout);
		try {
			if (launches.awaitRunsInThisProcess(timeout)) {
				log.info("Shutting down: runs {} have stopped and can be restarted", stopping);
			}
			else {
				log.warn("Shutting down: runs {} did not stop within {}; the next launch recovers them", stopping, timeout);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Before every other bean stops: the runs still need the database, S3 and the OCR engine. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
