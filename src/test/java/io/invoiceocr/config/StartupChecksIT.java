package io.invoiceocr.config;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import io.invoiceocr.InvoiceOcrApplication;
import io.invoiceocr.local.EmbeddedS3;
import io.invoiceocr.support.StandaloneStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service as deployed (its own main and configuration, no embedded stand-ins), pointed at
 * S3- and SQS-compatible servers and at an external PostgreSQL through
 * {@code spring.datasource.url}: missing or wrong settings stop it at start-up with the setting named.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupChecksIT {

	static StandaloneStack stack;

	@BeforeAll
	static void startServers() throws Exception {
		stack = StandaloneStack.start();
	}

	@AfterAll
	static void stopServers() throws Exception {
		stack.close();
	}

	@Test
	void startsWhenEverythingExists() {
		try (ConfigurableApplicationContext context = start(List.of())) {
			assertThat(context.isRunning()).isTrue();
		}
	}

	@Test
	void namesTheBucketSettingWhenTheBucketDoesNotExist() {
		assertThatThrownBy(() -> start(List.of("invoice-ocr.ingest.sources[0].bucket=invoicez")))
			.hasRootCauseInstanceOf(software.amazon.awssdk.services.s3.model.S3Exception.class)
			.satisfies(ex -> assertThat(startupCheck(ex).setting()).isEqualTo("invoice-ocr.ingest.sources[0].bucket"))
			.hasMessageContaining("S3 bucket 'invoicez' does not exist or is not accessible (HTTP 404)");
	}

	@Test
	void namesTheQueueSettingWhenTheQueueDoesNotExist() {
		assertThatThrownBy(() -> start(List.of("invoice-ocr.ingest.queue=no-such-queue")))
			.satisfies(ex -> assertThat(startupCheck(ex).setting()).isEqualTo("invoice-ocr.ingest.queue"))
			.hasMessageContaining("cannot resolve SQS queue 'no-such-queue'");
	}

	@Test
	void namesTheEndpointSettingWhenSqsIsUnreachable() throws IOException {
		int port = closedPort();
		assertThatThrownBy(() -> start(List.of("invoice-ocr.aws.sqs-endpoint=http://127.0.0.1:" + port)))
			.satisfies(ex -> assertThat(startupCheck(ex).setting()).isEqualTo("invoice-ocr.aws.sqs-endpoint"))
			.hasMessageContaining("cannot reach SQS");
	}

	@Test
	void namesTheEndpointSettingWhenS3IsUnreachable() throws IOException {
		int port = closedPort();
		assertThatThrownBy(() -> start(List.of("invoice-ocr.aws.s3-endpoint=http://127.0.0.1:" + port)))
			.satisfies(ex -> assertThat(startupCheck(ex).setting()).isEqualTo("invoice-ocr.aws.s3-endpoint"))
			.hasMessageContaining("cannot reach S3");
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Test
	void aStartWithNoConfigurationNamesTheSettingsToGive(CapturedOutput output) {
		// when the service starts with nothing configured, as a bare `java -jar invoice-ocr.jar` does
		assertThatThrownBy(() -> new SpringApplicationBuilder(InvoiceOcrApplication.class).web(WebApplicationType.NONE)
			.run()).hasStackTraceContaining("Failed to determine a suitable driver class");

		// then the report names the database, queue and bucket settings, and the way to try it without them
		assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
			.contains("No database is configured: spring.datasource.url is not set")
			.contains("SPRING_DATASOURCE_URL=jdbc:postgresql://")
			.contains("invoice-ocr.ingest.queue")
			.contains("invoice-ocr.ingest.sources[0].bucket")
			.contains("./mvnw spring-boot:test-run")
			.doesNotContain("H2, HSQL or Derby");
	}

	@Test
	void refusesToStartWithoutADatabaseUrl(CapturedOutput output) {
		// a deployment that lost its database URL must not stage into a throwaway embedded database
		assertThatThrownBy(() -> start(List.of("spring.datasource.url=")))
			.hasStackTraceContaining("Failed to determine a suitable driver class");
		assertThat(output.getOut()).contains("No database is configured: spring.datasource.url is not set");
	}

	@Test
	void refusesAKeyPatternWithoutAnIdGroup() {
		assertThatThrownBy(() -> start(List.of("invoice-ocr.ingest.document-id.key-pattern=^raw-invoices/([^/]+)/")))
			.hasStackTraceContaining("must have a named group (?<id>...)");
	}

	private static StartupCheckException startupCheck(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof StartupCheckException check) {
				return check;
			}
		}
		throw new AssertionError("no StartupCheckException in " + ex);
	}

	private static ConfigurableApplicationContext start(List<String> overrides) {
		List<String> properties = stack.settings();
		// an override replaces the default of the same key (repeated arguments would be joined)
		for (String override : overrides) {
			String key = override.substring(0, override.indexOf('='));
			properties.removeIf(property -> property.startsWith(key + "="));
			properties.add(override);
		}
		System.setProperty("aws.accessKeyId", EmbeddedS3.ACCESS_KEY);
		System.setProperty("aws.secretAccessKey", EmbeddedS3.SECRET_KEY);
		// as command-line arguments, which win over application.yml like a deployment's settings do
		return new SpringApplicationBuilder(InvoiceOcrApplication.class).web(WebApplicationType.NONE)
			.run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
	}

}
