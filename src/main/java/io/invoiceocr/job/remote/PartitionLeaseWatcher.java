package io.invoiceocr.job.remote;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * While a run waits for its remote partitions, looks for partitions whose worker died: their lease
 * has not been renewed in time. Such a partition is marked FAILED (its worker, if it were only
 * slow, could no longer commit: the step execution's version has moved), the run ends FAILED when
 * the others have ended, and restarting it gives the partition, with its claimed documents, to
 * another worker.
 */
class PartitionLeaseWatcher implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(PartitionLeaseWatcher.class);

	private final PartitionRequests requests;

	private final JobRepository repository;

	private final PartitioningProperties properties;

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "partition-lease-watcher");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<Long, ScheduledFuture<?>> watching = new ConcurrentHashMap<>();

	PartitionLeaseWatcher(PartitionRequests requests, JobRepository repository, PartitioningProperties properties) {
		this.requests = requests;
		this.repository = repository;
		this.properties = properties;
	}

	@Override
	public void beforeStep(StepExecution managerStep) {
		long jobExecutionId = managerStep.getJobExecutionId();
		long every = properties.pollInterval().toMillis();
		watching.put(managerStep.getId(), scheduler.scheduleWithFixedDelay(() -> failDeadPartitions(jobExecutionId), every,
				every, TimeUnit.MILLISECONDS));
	}

	@Override
	public ExitStatus afterStep(StepExecution managerStep) {
		ScheduledFuture<?> watch = watching.remove(managerStep.getId());
		if (watch != null) {
			watch.cancel(false);
		}
		return null;
	}

	void failDeadPartitions(long jobExecutionId) {
		try {
			for (PartitionRequests.ExpiredLease lease : requests.expired(jobExecutionId, properties.lease())) {
				StepExecution partition = repository.getStepExecution(lease.stepExecutionId());
				if (partition != null && partition.getStatus().isRunning()) {
					log.error("{} #{}: worker {} stopped renewing its lease (more than {}): it died; the partition is FAILED "
							+ "and a restart of the run gives it to another worker", partition.getStepName(),
							partition.getId(), lease.worker(), properties.lease());
					partition.setStatus(BatchStatus.FAILED);
					partition.setExitStatus(ExitStatus.FAILED.addExitDescription(
							"worker " + lease.worker() + " died (its lease ran out); restart the run"));
					partition.setEndTime(LocalDateTime.now());
					repository.update(partition);
				}
				requests.release(lease.stepExecutionId());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for dead workers of run {}: {}", jobExecutionId, ex.toString());
		}
	}

}
