package io.invoiceocr.job.remote;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renews the leases of a worker's partitions three times a lease while the worker runs, so that
 * the manager's lease watcher takes only a dead worker's partitions for lost.
 */
final class LeaseRenewal {

	private static final Logger log = LoggerFactory.getLogger(LeaseRenewal.class);

	private final PartitionRequests requests;

	private final String worker;

	private final Duration lease;

	private ScheduledExecutorService renewal;

	LeaseRenewal(PartitionRequests requests, String worker, Duration lease) {
		this.requests = requests;
		this.worker = worker;
		this.lease = lease;
	}

	void start() {
		renewal = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "worker-lease");
			thread.setDaemon(true);
			return thread;
		});
		long every = Math.max(1, lease.toMillis() / 3);
		renewal.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
	}

	void stop() {
		if (renewal != null) {
			renewal.shutdownNow();
		}
	}

	private void renew() {
		try {
			requests.renew(worker);
		}
		catch (RuntimeException ex) {
			log.warn("Worker {} could not renew its leases: {}", worker, ex.toString());
		}
	}

}
