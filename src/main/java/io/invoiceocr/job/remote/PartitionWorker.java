package io.invoiceocr.job.remote;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;

/**
 * A worker: {@code concurrency} threads take partition requests from the channel and run each
 * ({@link PartitionRunner}); it renews the leases of its partitions while they run. It runs no jobs
 * of its own.
 *
 * <p>On shutdown it takes no more requests and asks its partitions to stop at their next chunk
 * boundary; they end STOPPED, and so does their run, which can be restarted.
 */
class PartitionWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

	private final PartitionRequests requests;

	private final PartitioningProperties properties;

	private final String name = WorkerName.ofThisProcess();

	private final PartitionRunner runner;

	private volatile boolean taking;

	private final RequestSignal signal = new RequestSignal();

	private ExecutorService threads;

	private final LeaseRenewal renewal;

	private final long shutdownWaitSeconds;

	PartitionWorker(PartitionRequests requests, StepLocator steps, JobRepository repository,
			PartitioningProperties properties, long shutdownWaitSeconds, MeterRegistry meters) {
		this.requests = requests;
		this.properties = properties;
		this.shutdownWaitSeconds = shutdownWaitSeconds;
		this.runner = new PartitionRunner(requests, steps, repository, meters, name);
		this.renewal = new LeaseRenewal(requests, name, properties.lease());
	}

	String name() {
		return name;
	}

	int runningPartitions() {
		return runner.running();
	}

	int completedPartitions() {
		return runner.completed();
	}

	@Override
	public void start() {
		int concurrency = properties.worker().effectiveConcurrency();
		taking = true;
		AtomicInteger number = new AtomicInteger();
		threads = Executors.newFixedThreadPool(concurrency, runnable -> new Thread(runnable, "worker-" + number.incrementAndGet()));
		for (int i = 0; i < concurrency; i++) {
			threads.execute(this::takeRequests);
		}
		renewal.start();
		log.info("Worker {} takes partition requests with {} threads", name, concurrency);
	}

	private void takeRequests() {
		while (taking) {
			Optional<StepExecutionRequest> request;
			try {
				request = requests.take(name);
			}
			catch (RuntimeException ex) {
				log.warn("Worker {} could not take a request: {}", name, NestedExceptionUtils.getMostSpecificCause(ex).toString());
				backOff();
				continue;
			}
			if (request.isPresent()) {
				runner.run(request.get());
			}
			else {
				pause();
			}
		}
	}

	/** After a failure to reach the channel: tries again after {@code poll-interval}. */
	private void backOff() {
		try {
			Thread.sleep(properties.pollInterval().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			taking = false;
		}
	}

	/** Waits for a notification of a new request, or {@code idle-poll} at most. */
	private void pause() {
		try {
			signal.await(properties.worker().idlePoll());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			taking = false;
		}
	}

	/** A request arrived (PostgreSQL notified it): idle threads look at once. */
	void requestsArrived() {
		signal.arrived();
	}

	int notifications() {
		return signal.notifications();
	}

	@Override
	public void stop() {
		taking = false;
		signal.wakeAll();
		if (runner.running() > 0) {
			log.info("Worker {} shutting down: partitions {} stop at their next chunk boundary", name, runner.stopRunning());
		}
		threads.shutdown();
		try {
			if (!threads.awaitTermination(shutdownWaitSeconds, TimeUnit.SECONDS)) {
				log.warn("Worker {}: partitions {} did not stop in time; their leases run out", name, runner.runningIds());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		renewal.stop();
	}

	@Override
	public boolean isRunning() {
		return taking;
	}

	/** Before the database pool, S3 and the OCR engine close: the partitions still need them. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
