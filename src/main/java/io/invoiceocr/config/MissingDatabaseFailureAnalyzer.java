package io.invoiceocr.config;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * A start without {@code spring.datasource.url} fails where Boot builds the DataSource. Boot's own
 * report then suggests putting H2, HSQL or Derby on the classpath, which this service cannot use;
 * this report names what a deployment must set instead, and how to try the service without any of
 * it. Ordered before Boot's analyzers, which would otherwise answer first.
 */
class MissingDatabaseFailureAnalyzer implements FailureAnalyzer, Ordered {

	/** Boot's exception for a DataSource it cannot configure (a package-private type of Boot's). */
	private static final String DATA_SOURCE_FAILURE = "DataSourceBeanCreationException";

	static final String DESCRIPTION = "No database is configured: spring.datasource.url is not set, and the service "
			+ "brings no database of its own.";

	static final String ACTION = """
			Point the service at PostgreSQL 15 or newer, and at its queue and buckets:
				spring.datasource.url (SPRING_DATASOURCE_URL=jdbc:postgresql://host:5432/invoice_ocr)
				spring.datasource.username and spring.datasource.password
				invoice-ocr.ingest.queue (INVOICE_OCR_INGEST_QUEUE, an SQS queue name or URL)
				invoice-ocr.ingest.sources[0].bucket (INVOICE_OCR_INGEST_SOURCES_0_BUCKET)
				invoice-ocr.aws.region (AWS_REGION); AWS credentials come from the SDK's default chain
			(README, "Pointing it at AWS and a real PostgreSQL"). To try the service on a machine with
			none of these, run it on its embedded stand-ins from the source tree:
				./mvnw spring-boot:test-run (README, "Quick start").""";

	private final Environment environment;

	MissingDatabaseFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url")) || !dataSourceFailed(failure)) {
			return null;
		}
		return new FailureAnalysis(DESCRIPTION, ACTION, failure);
	}

	private static boolean dataSourceFailed(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().equals(DATA_SOURCE_FAILURE)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
