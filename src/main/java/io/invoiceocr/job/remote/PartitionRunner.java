package io.invoiceocr.job.remote;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * Runs one partition request as Spring Batch's {@code StepExecutionRequestHandler} does: the
 * partition's step, from this process's own beans, over the step execution the run created. It
 * holds the partitions while they run, so that a shutdown can ask them to stop. A request of a run
 * that has ended meanwhile (its manager died and the run was recovered) is dropped: the restart of
 * that run sends its own.
 */
final class PartitionRunner {

	private static final Logger log = LoggerFactory.getLogger(PartitionRunner.class);

	private final PartitionRequests requests;

	private final StepLocator steps;

	private final JobRepository repository;

	private final MeterRegistry meters;

	private final String worker;

	private final Map<Long, StepExecution> running = new ConcurrentHashMap<>();

	private final AtomicInteger completed = new AtomicInteger();

	PartitionRunner(PartitionRequests requests, StepLocator steps, JobRepository repository, MeterRegistry meters,
			String worker) {
		this.requests = requests;
		this.steps = steps;
		this.repository = repository;
		this.meters = meters;
		this.worker = worker;
		Gauge.builder("invoice_ocr.partitions.running", running, Map::size)
			.description("partitions this worker runs now")
			.register(meters);
	}

	int running() {
		return running.size();
	}

	int completed() {
		return completed.get();
	}

	/** Asks the running partitions to stop at their next chunk boundary; returns their ids. */
	Set<Long> stopRunning() {
		running.values().forEach(StepExecution::setTerminateOnly);
		return running.keySet();
	}

	Set<Long> runningIds() {
		return running.keySet();
	}

	void run(StepExecutionRequest request) {
		long id = request.getStepExecutionId();
		try {
			StepExecution partition = repository.getStepExecution(id);
			if (partition == null || !partition.getJobExecution().isRunning()) {
				log.warn("Request for {} #{} dropped: its run has ended (restarting the run sends a new one)",
						request.getStepName(), id);
				return;
			}
			log.info("Worker {} runs {} #{} of run {}", worker, partition.getStepName(), id, partition.getJobExecutionId());
			running.put(id, partition);
			Timer.Sample sample = Timer.start(meters);
			execute(steps.getStep(request.getStepName()), partition);
			sample.stop(Timer.builder("invoice_ocr.partitions")
				.description("partitions this worker ran, by how they ended")
				.tag("outcome", partition.getStatus().name().toLowerCase(Locale.ROOT))
				.register(meters));
			completed.incrementAndGet();
			log.info("Worker {} ended {} #{}: {}", worker, partition.getStepName(), id, partition.getStatus());
		}
		catch (RuntimeException ex) {
			log.error("Worker {} could not run {} #{}", worker, request.getStepName(), id, ex);
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

}
