package io.invoiceocr.job.remote;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A worker is ready when it takes requests and can reach the channel in PostgreSQL; the details say
 * what it runs and what waits.
 */
class PartitionWorkerHealthIndicator implements HealthIndicator {

	private final PartitionWorker worker;

	private final PartitionRequests requests;

	PartitionWorkerHealthIndicator(PartitionWorker worker, PartitionRequests requests) {
		this.worker = worker;
		this.requests = requests;
	}

	@Override
	public Health health() {
		Health.Builder health = worker.isRunning() ? Health.up() : Health.outOfService();
		health.withDetail("worker", worker.name())
			.withDetail("runningPartitions", worker.runningPartitions())
			.withDetail("completedPartitions", worker.completedPartitions())
			.withDetail("notifications", worker.notifications());
		try {
			return health.withDetail("waitingRequests", requests.waiting()).build();
		}
		catch (RuntimeException ex) {
			return Health.down(ex).withDetail("worker", worker.name()).build();
		}
	}

}
