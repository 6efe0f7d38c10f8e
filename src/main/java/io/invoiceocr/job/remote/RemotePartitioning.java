package io.invoiceocr.job.remote;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.integration.core.MessagingTemplate;

/**
 * The manager side of remote partitioning: Spring Batch's {@link MessageChannelPartitionHandler}
 * sends one request per partition to the PostgreSQL-backed channel and learns the outcome by
 * polling the job repository; the lease watcher fails the partitions of workers that died.
 */
public class RemotePartitioning {

	private final PartitionRequests requests;

	private final JobRepository repository;

	private final PartitioningProperties properties;

	private final PartitionLeaseWatcher watcher;

	public RemotePartitioning(PartitionRequests requests, JobRepository repository, PartitioningProperties properties) {
		this.requests = requests;
		this.repository = repository;
		this.properties = properties;
		this.watcher = new PartitionLeaseWatcher(requests, repository, properties);
	}

	/** Sends the partitions of {@code stepName} to the workers and waits for them to end. */
	public PartitionHandler partitionHandler(String stepName, int gridSize) throws Exception {
		MessagingTemplate template = new MessagingTemplate();
		template.setDefaultChannel(requests.channel());
		MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
		handler.setStepName(stepName);
		handler.setGridSize(gridSize);
		handler.setMessagingOperations(template);
		handler.setJobRepository(repository);
		handler.setPollInterval(properties.pollInterval().toMillis());
		handler.afterPropertiesSet();
		return handler;
	}

	/** Sums up the partitions, those completed while the manager was dead included. */
	public StepExecutionAggregator aggregator(String partitionStepName) {
		return new RecoveredRunAggregator(repository, partitionStepName);
	}

	/** To be listened to by the partitioned step: fails the partitions of dead workers while it waits. */
	public StepExecutionListener leaseWatcher() {
		return watcher;
	}

}
