package io.invoiceocr.job.remote;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.store.MessageGroupQueue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The partition requests of the runs, in Spring Integration's JDBC channel message store on the
 * service's PostgreSQL (one group; taken with {@code FOR UPDATE SKIP LOCKED}), and the leases of the
 * partitions workers have taken. A request is taken and its lease written in one transaction: a
 * request is either waiting, or leased by a worker until its partition has ended.
 */
public class PartitionRequests {

	static final String REGION = "invoice-ocr";

	static final String GROUP = "processPartition-requests";

	private final JdbcChannelMessageStore store;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final QueueChannel channel;

	public PartitionRequests(DataSource dataSource, PlatformTransactionManager transactionManager) {
		this.store = new JdbcChannelMessageStore(dataSource);
		this.store.setRegion(REGION);
		this.store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
		// Java serialization: only the request and the message around it are read back
		this.store.addAllowedPatterns(StepExecutionRequest.class.getName(), "org.springframework.messaging.support.GenericMessage",
				"org.springframework.messaging.MessageHeaders", "java.util.*", "java.lang.*");
		this.store.afterPropertiesSet();
		this.jdbc = new JdbcTemplate(dataSource);
		this.transaction = new TransactionTemplate(transactionManager);
		this.channel = new QueueChannel(new MessageGroupQueue(store, GROUP));
	}

	/** Where the run sends its requests. */
	public MessageChannel channel() {
		return channel;
	}

	/** Takes the oldest waiting request, if any, and leases its partition to {@code worker}. */
	public Optional<StepExecutionRequest> take(String worker) {
		return Optional.ofNullable(transaction.execute(status -> {
			Message<?> message = store.pollMessageFromGroup(GROUP);
			if (message == null) {
				return null;
			}
			StepExecutionRequest request = (StepExecutionRequest) message.getPayload();
			jdbc.update("""
					INSERT INTO partition_lease (step_execution_id, job_execution_id, worker)
					SELECT step_execution_id, job_execution_id, ? FROM batch_step_execution WHERE step_execution_id = ?
					ON CONFLICT (step_execution_id) DO UPDATE SET worker = EXCLUDED.worker, taken_at = now(), renewed_at = now()
					""", worker, request.getStepExecutionId());
			return request;
		}));
	}

	/** Renews the leases of every partition {@code worker} runs; returns how many. */
	public int renew(String worker) {
		return jdbc.update("UPDATE partition_lease SET renewed_at = now() WHERE worker = ?", worker);
	}

	/** The partition has ended (its status is in the job repository): its lease goes. */
	public void release(long stepExecutionId) {
		jdbc.update("DELETE FROM partition_lease WHERE step_execution_id = ?", stepExecutionId);
	}

	/** A lease not renewed in time: the partition's worker died. */
	public record ExpiredLease(long stepExecutionId, String worker) {
	}

	/** The leases of a run's partitions that have not been renewed for {@code lease}. */
	public List<ExpiredLease> expired(long jobExecutionId, Duration lease) {
		return jdbc.query("""
				SELECT step_execution_id, worker FROM partition_lease
				WHERE job_execution_id = ? AND renewed_at < now() - make_interval(secs => ?)
				""", (rs, n) -> new ExpiredLease(rs.getLong(1), rs.getString(2)), jobExecutionId, lease.toMillis() / 1000.0);
	}

	/** Requests waiting for a worker. */
	public int waiting() {
		return store.messageGroupSize(GROUP);
	}

}
