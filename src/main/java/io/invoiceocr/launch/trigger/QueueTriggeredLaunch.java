package io.invoiceocr.launch.trigger;

import java.util.Optional;
import java.util.Properties;

import io.invoiceocr.ingest.sqs.IngestQueue;
import io.invoiceocr.launch.JobLaunches;
import io.invoiceocr.launch.ShuttingDownException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;

/**
 * Event-launched runs: when the upload queue has messages, {@code ocrJob} is started, unless a run
 * of it is already going on (here or in another process sharing the database): messages that
 * arrive during a run wait for the next look at the queue.
 */
public class QueueTriggeredLaunch {

	private static final Logger log = LoggerFactory.getLogger(QueueTriggeredLaunch.class);

	private final IngestQueue queue;

	private final JobLaunches launches;

	QueueTriggeredLaunch(IngestQueue queue, JobLaunches launches) {
		this.queue = queue;
		this.launches = launches;
	}

	/** Looks at the queue; returns the run it started, if any. */
	public Optional<JobExecution> check() {
		int waiting = queue.visibleMessages();
		if (waiting == 0) {
			return Optional.empty();
		}
		try {
			JobExecution execution = launches.start("ocrJob", new Properties());
			log.info("{} messages in the upload queue: started ocrJob #{}", waiting, execution.getId());
			return Optional.of(execution);
		}
		catch (JobExecutionAlreadyRunningException | ShuttingDownException ex) {
			log.debug("{} messages in the upload queue, but {}", waiting, ex.getMessage());
			return Optional.empty();
		}
		catch (Exception ex) {
			log.error("{} messages in the upload queue, but ocrJob could not be started", waiting, ex);
			return Optional.empty();
		}
	}

}
