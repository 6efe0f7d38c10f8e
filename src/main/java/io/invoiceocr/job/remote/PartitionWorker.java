package io.invoiceocr.job.remote;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;

/**
 * A worker: {@code concurrency} threads take partition requests from the channel and run each as
 * Spring Batch's {@code StepExecutionRequestHandler} does (the partition's step, from this
 * process's own beans, over the step execution the run created), holding the step execution so
 * that a shutdown can stop it. It renews the leases of its partitions while they
 * run. Requests of runs that have ended meanwhile (the run's manager died and the run was recovered)
 * are dropped: the restart of that run sends its own. It runs no jobs of its own.
 *
 * <p>On shutdown it takes no more requests and asks its partitions to stop at their next chunk
 * boundary; they end STOPPED, and so does their run, which can be restarted.
 */
class PartitionWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

	private final PartitionRequests requests;

	private final StepLocator steps;

	private final JobRepository repository;

	private final PartitioningProperties properties;

	private final String name = workerName();

	private final Map<Long, StepExecution> running = new ConcurrentHashMap<>();

	private final AtomicInteger completed = new AtomicInteger();

	private volatile boolean taking;

	private final Object wakeUp = new Object();

	private boolean newRequests;

	private final AtomicInteger notifications = new AtomicInteger();

	private ExecutorService threads;

	private ScheduledExecutorService renewal;

	private final long shutdownWaitSeconds;

	private final MeterRegistry meters;

	PartitionWorker(PartitionRequests requests, StepLocator steps, JobRepository repository,
			PartitioningProperties properties, long shutdownWaitSeconds, MeterRegistry meters) {
		this.requests = requests;
		this.steps = steps;
		this.repository = repository;
		this.properties = properties;
		this.shutdownWaitSeconds = shutdownWaitSeconds;
		this.meters = meters;
		Gauge.builder("invoice_ocr.partitions.running", running, Map::size)
			.description("partitions this worker runs now")
			.register(meters);
	}

	String name() {
		return name;
	}

	int runningPartitions() {
		return running.size();
	}

	int completedPartitions() {
		return completed.get();
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
		renewal = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "worker-lease");
			thread.setDaemon(true);
			return thread;
		});
		long every = Math.max(1, properties.lease().toMillis() / 3);
		renewal.scheduleWithFixedDelay(this::renewLeases, every, every, TimeUnit.MILLISECONDS);
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
				run(request.get());
			}
			else {
				pause();
			}
		}
	}

	private void run(StepExecutionRequest request) {
		long id = request.getStepExecutionId();
		try {
			StepExecution partition = repository.getStepExecution(id);
			if (partition == null || !partition.getJobExecution().isRunning()) {
				log.warn("Request for {} #{} dropped: its run has ended (restarting the run sends a new one)",
						request.getStepName(), id);
				return;
			}
			log.info("Worker {} runs {} #{} of run {}", name, partition.getStepName(), id, partition.getJobExecutionId());
			running.put(id, partition);
			Timer.Sample sample = Timer.start(meters);
			execute(steps.getStep(request.getStepName()), partition);
			sample.stop(Timer.builder("invoice_ocr.partitions")
				.description("partitions this worker ran, by how they ended")
				.tag("outcome", partition.getStatus().name().toLowerCase(Locale.ROOT))
				.register(meters));
			completed.incrementAndGet();
			log.info("Worker {} ended {} #{}: {}", name, partition.getStepName(), id, partition.getStatus());
		}
		catch (RuntimeException ex) {
			log.error("Worker {} could not run {} #{}", name, request.getStepName(), id, ex);
		}
		finally {
			running.remove(id);
			requests.release(id);
		}
	}

	private void execute(Step step, StepExecution partition) {
		try {
			step.execute(partition);
		}
		catch (JobInterruptedException ex) {
			partition.setStatus(BatchStatus.STOPPED);
		}
		catch (Throwable ex) {
			partition.addFailureException(ex);
			partition.setStatus(BatchStatus.FAILED);
		}
		// a failure that escaped the step is not saved by it
		if (partition.getEndTime() == null && !partition.getStatus().isRunning()) {
			partition.setEndTime(LocalDateTime.now());
			repository.update(partition);
		}
	}

	private void renewLeases() {
		try {
			requests.renew(name);
		}
		catch (RuntimeException ex) {
			log.warn("Worker {} could not renew its leases: {}", name, ex.toString());
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
		synchronized (wakeUp) {
			try {
				if (!newRequests) {
					wakeUp.wait(properties.worker().idlePoll().toMillis());
				}
				newRequests = false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				taking = false;
			}
		}
	}

	/** A request arrived (PostgreSQL notified it): idle threads look at once. */
	void requestsArrived() {
		notifications.incrementAndGet();
		synchronized (wakeUp) {
			newRequests = true;
			wakeUp.notifyAll();
		}
	}

	int notifications() {
		return notifications.get();
	}

	@Override
	public void stop() {
		taking = false;
		synchronized (wakeUp) {
			wakeUp.notifyAll();
		}
		if (!running.isEmpty()) {
			log.info("Worker {} shutting down: partitions {} stop at their next chunk boundary", name, running.keySet());
			running.values().forEach(StepExecution::setTerminateOnly);
		}
		threads.shutdown();
		try {
			if (!threads.awaitTermination(shutdownWaitSeconds, TimeUnit.SECONDS)) {
				log.warn("Worker {}: partitions {} did not stop in time; their leases run out", name, running.keySet());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		renewal.shutdownNow();
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

	private static String workerName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown";
		}
		return host + "/" + ManagementFactory.getRuntimeMXBean().getPid();
	}

}
