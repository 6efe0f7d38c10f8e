package io.invoiceocr.ingest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import io.invoiceocr.config.AwsClients;
import io.invoiceocr.ingest.sqs.IngestQueue;
import io.invoiceocr.launch.JobLaunches;
import io.invoiceocr.local.EmbeddedS3;
import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.InvoicePdfs;
import io.invoiceocr.support.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;

import com.zaxxer.hikari.HikariDataSource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probes and metrics monitoring reads: readiness with the database, S3 and SQS, liveness, the
 * Prometheus scrape with the service's own metrics; and each dependency's indicator down when the
 * dependency is.
 */
@IntegrationTest
class DependencyHealthIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@Value("${local.server.port}")
	int port;

	@Autowired
	IngestProperties properties;

	@Autowired
	TestData data;

	@Autowired
	JobLaunches launches;

	@Test
	void readinessCoversTheDatabaseS3AndSqs() throws Exception {
		HttpResponse<String> readiness = get("/actuator/health/readiness");
		JsonNode body = JSON.readTree(readiness.body());

		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(body.get("status").asString()).isEqualTo("UP");
		assertThat(body.get("components").propertyNames()).contains("db", "s3", "sqs", "readinessState")
			.doesNotContain("ollama");
		for (String dependency : List.of("db", "s3", "sqs")) {
			assertThat(body.get("components").get(dependency).get("status").asString()).as(dependency).isEqualTo("UP");
		}
		assertThat(JSON.readTree(get("/actuator/health/liveness").body()).get("status").asString()).isEqualTo("UP");
	}

	@Test
	void prometheusScrapesTheServiceMetrics() throws Exception {
		// given a document processed
		data.reset();
		data.upload("invoices", "raw-invoices/doc-1201/invoice.pdf", InvoicePdfs.invoice(1));
		launches.run("ocrJob", new Properties());

		// when
		String scrape = get("/actuator/prometheus").body();

		// then
		assertThat(scrape).contains("invoice_ocr_documents_total{outcome=\"completed\"", "invoice_ocr_stage_seconds_bucket",
				"stage=\"ocr\"", "invoice_ocr_queue_lag_seconds", "invoice_ocr_queue_messages", "invoice_ocr_documents_pending",
				"invoice_ocr_webhook_backlog", "invoice_ocr_ingest_events_total", "spring_batch_job");
	}

	@Test
	void s3AndSqsAreDownWhenTheyCannotBeReached() {
		URI nowhere = URI.create("http://127.0.0.1:9");
		try (S3Client s3 = AwsClients.s3("us-east-1", nowhere, true, EmbeddedS3.credentials(), Duration.ofSeconds(2));
				SqsClient sqs = AwsClients.sqs("us-east-1", nowhere, EmbeddedS3.credentials(), Duration.ofSeconds(2))) {
			var storage = new StorageHealthIndicator(s3, properties).health();
			var queue = new QueueHealthIndicator(new IngestQueue(sqs, "http://127.0.0.1:9/000000000000/uploads")).health();

			assertThat(storage.getStatus()).isEqualTo(Status.DOWN);
			assertThat(storage.getDetails().get("buckets").toString()).contains("invoices");
			assertThat(queue.getStatus()).isEqualTo(Status.DOWN);
			assertThat(queue.getDetails()).containsKey("error");
		}
	}

	@Test
	void theDatabaseIsDownWhenItCannotBeReached() {
		// given the readiness group's database check against a database nobody listens for
		HikariDataSource nowhere = new HikariDataSource();
		nowhere.setJdbcUrl("jdbc:postgresql://127.0.0.1:9/invoice_ocr");
		nowhere.setConnectionTimeout(500);
		nowhere.setInitializationFailTimeout(-1);
		try (nowhere) {
			// when
			var database = new DataSourceHealthIndicator(nowhere, "SELECT 1").health();

			// then
			assertThat(database.getStatus()).isEqualTo(Status.DOWN);
			assertThat(database.getDetails().get("error").toString()).contains("Connection");
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
