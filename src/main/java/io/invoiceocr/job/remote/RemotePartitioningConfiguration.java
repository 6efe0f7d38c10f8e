package io.invoiceocr.job.remote;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.postgresql.jdbc.PgConnection;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.boot.autoconfigure.context.LifecycleProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.jdbc.channel.PostgresChannelMessageTableSubscriber;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Remote partitioning over PostgreSQL: the channel of partition requests, the manager side (used by
 * the processing step when {@code invoice-ocr.partitioning.mode=remote}) and, with the
 * {@code worker} profile ({@code invoice-ocr.partitioning.worker.enabled}), the worker.
 */
@Configuration(proxyBeanMethods = false)
class RemotePartitioningConfiguration {

	@Bean
	PartitionRequests partitionRequests(DataSource dataSource, PlatformTransactionManager transactionManager) {
		return new PartitionRequests(dataSource, transactionManager);
	}

	/** Requests waiting for a worker, wherever a run or a worker watches the channel. */
	@Bean
	@ConditionalOnExpression("'${invoice-ocr.partitioning.mode:local}' == 'remote' or ${invoice-ocr.partitioning.worker.enabled:false}")
	MeterBinder partitionRequestMetrics(PartitionRequests requests) {
		return registry -> Gauge.builder("invoice_ocr.partitions.waiting", requests, PartitionRequests::waiting)
			.description("partition requests waiting for a worker")
			.register(registry);
	}

	@Bean
	RemotePartitioning remotePartitioning(PartitionRequests requests, JobRepository repository,
			PartitioningProperties properties) {
		return new RemotePartitioning(requests, repository, properties);
	}

	@Bean
	@ConditionalOnProperty(name = "invoice-ocr.partitioning.worker.enabled", havingValue = "true")
	PartitionWorker partitionWorker(PartitionRequests requests, List<Step> steps, JobRepository repository,
			PartitioningProperties properties,
			LifecycleProperties lifecycle, MeterRegistry meters) {
		// partition steps are found by their step name, not their bean name
		StepLocator locator = stepName -> steps.stream()
			.filter(step -> step.getName().equals(stepName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no step named " + stepName + " in this worker"));
		return new PartitionWorker(requests, locator, repository, properties,
				lifecycle.getTimeoutPerShutdownPhase().toSeconds(), meters);
	}

	/**
	 * Wakes the worker when a request arrives: PostgreSQL notifies every insert into the channel
	 * (the trigger of the V5 migration), on a connection of its own outside the pool.
	 */
	@Bean
	@ConditionalOnProperty(name = "invoice-ocr.partitioning.worker.enabled", havingValue = "true")
	PostgresChannelMessageTableSubscriber partitionRequestNotifications(DataSource dataSource, PartitionWorker worker)
			throws SQLException {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		PostgresChannelMessageTableSubscriber subscriber = new PostgresChannelMessageTableSubscriber(
				() -> DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())
					.unwrap(PgConnection.class));
		subscriber.subscribe(new PostgresChannelMessageTableSubscriber.Subscription() {

			@Override
			public void notifyUpdate() {
				worker.requestsArrived();
			}

			@Override
			public String getRegion() {
				return PartitionRequests.REGION;
			}

			@Override
			public Object getGroupId() {
				return PartitionRequests.GROUP;
			}

		});
		return subscriber;
	}

	@Bean
	@ConditionalOnProperty(name = "invoice-ocr.partitioning.worker.enabled", havingValue = "true")
	PartitionWorkerHealthIndicator partitionWorkerHealthIndicator(PartitionWorker worker, PartitionRequests requests) {
		return new PartitionWorkerHealthIndicator(worker, requests);
	}

}
