package io.invoiceocr.launch;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * The job executions this process is running, so that a shutdown can stop exactly these (a job
 * never runs twice at once across processes, but other processes run other jobs) and wait for
 * them. Once closed, no new run may start. Every job reports to it through this listener; a run
 * started in the background is also added when it is launched, before its thread has begun.
 */
class RunsInThisProcess implements JobExecutionListener {

	private final Map<Long, JobExecution> running = new ConcurrentHashMap<>();

	private volatile boolean closed;

	@Override
	public void beforeJob(JobExecution execution) {
		add(execution);
	}

	@Override
	public void afterJob(JobExecution execution) {
		// the end is already saved: Spring Batch writes it before it calls the listeners
		remove(execution);
	}

	void add(JobExecution execution) {
		// a run that ended before its launcher got here is not added back
		if (execution.getEndTime() == null) {
			running.put(execution.getId(), execution);
		}
	}

	private synchronized void remove(JobExecution execution) {
		running.remove(execution.getId());
		notifyAll();
	}

	/** No run starts from now on. */
	void close() {
		closed = true;
	}

	boolean isClosed() {
		return closed;
	}

	List<JobExecution> running() {
		return List.copyOf(running.values());
	}

	/**
	 * Waits until every run has ended, at most {@code timeout}; returns whether they all did.
	 */
	synchronized boolean awaitNone(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!running.isEmpty()) {
			running.values().removeIf(execution -> execution.getEndTime() != null);
			long left = deadline - System.nanoTime();
			if (running.isEmpty() || left <= 0) {
				break;
			}
			wait(Math.max(1, Math.min(left / 1_000_000, 500)));
		}
		return running.isEmpty();
	}

}
