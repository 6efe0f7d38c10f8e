package io.invoiceocr;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.invoiceocr.local.EmbeddedS3;
import io.invoiceocr.local.EmbeddedSqs;
import io.invoiceocr.local.LocalStandIns;
import io.invoiceocr.local.LocalWebhookReceiver;
import io.invoiceocr.support.ServiceProcess;
import io.invoiceocr.support.TestData;
import io.invoiceocr.webhook.WebhookTarget;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's first command ({@code ./mvnw spring-boot:test-run}, which runs
 * {@code LocalInvoiceOcrApplication}): no profile, no database URL, only a job name. The service
 * must run on its embedded stand-ins, upload the bundled samples as the monolith would, stage them
 * from their S3 events, process them, deliver their webhooks to the local receiver, print the
 * results and exit with code 0. The other tests run the same sources and profile in this JVM.
 */
@ExtendWith(OutputCaptureExtension.class)
class QuickStartIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path work;

	@Test
	void theMainJobProcessesTheBundledSamplesOnTheEmbeddedDefault() throws Exception {
		// when the quick start's main class runs ocrJob in a JVM of its own, as the command line does
		ServiceProcess run = ServiceProcess.startLocal(work.resolve("quick-start.log"),
				List.of("--spring.batch.job.name=ocrJob"));
		int exitCode = run.awaitExit(Duration.ofMinutes(5));

		// then the run staged the uploads, processed them and reported them to the local receiver
		String output = run.output();
		assertThat(exitCode).as(run.logTail()).isZero();
		assertThat(output).contains("The following 1 profile is active: \"local\"")
			.contains("Embedded PostgreSQL started on port")
			.contains("ocrJob #1 COMPLETED")
			.contains("staged=4")
			.contains("ignored=1")
			.contains("documents=4")
			.contains("delivered=4")
			.contains("All documents by status: {COMPLETED=4}");
		// and each sample's row shows the date and total of its ground truth
		try (DirectoryStream<Path> expectations = Files.newDirectoryStream(Path.of("samples"), "*.expected.json")) {
			for (Path expected : expectations) {
				JsonNode truth = JsonMapper.builder().build().readTree(expected.toFile());
				String row = "COMPLETED .* " + truth.get("invoiceDate").asString() + " +.*"
						+ truth.get("total").asString().replace(".", "\\.") + " +\\d+";
				assertThat(output).as(expected.getFileName().toString()).containsPattern(row);
			}
		}
	}

	@Test
	void aServiceStartRunsNoJob(CapturedOutput output) {
		// when the service starts without a job name (service mode), on a random port
		try (ConfigurableApplicationContext context = runLocal("--server.port=0",
				"--invoice-ocr.local.seed-samples=false")) {

			// then no job was launched, and the web server is up
			assertThat(context.getEnvironment().getProperty("local.server.port")).isNotBlank();
			assertThat(output.getOut()).doesNotContain("Launching next instance of job");
		}
	}

	@Test
	void theStandInsTakeThePlaceOfTheServicesOwnClientsDatabaseAndWebhookTarget() {
		// when the service starts on the stand-ins
		try (ConfigurableApplicationContext context = runLocal("--server.port=0",
				"--invoice-ocr.local.seed-samples=false")) {

			// then each of those beans is the stand-ins' one, the service's own having backed off
			assertThat(context.getBeansOfType(S3Client.class)).hasSize(1);
			assertThat(context.getBeansOfType(SqsClient.class)).hasSize(1);
			assertThat(context.getBean(S3Client.class).serviceClientConfiguration().endpointOverride())
				.contains(context.getBean(EmbeddedS3.class).endpoint());
			assertThat(context.getBean(SqsClient.class).serviceClientConfiguration().endpointOverride())
				.contains(context.getBean(EmbeddedSqs.class).endpoint());
			assertThat(context.getBean(DataSource.class)).isInstanceOfSatisfying(HikariDataSource.class,
					dataSource -> assertThat(dataSource.getPoolName()).isEqualTo("embedded-postgres"));
			assertThat(context.getBeansOfType(WebhookTarget.class).values()).singleElement()
				.extracting(WebhookTarget::url)
				.isEqualTo(context.getBean(LocalWebhookReceiver.class).url());
		}
	}

	@Test
	void aRefusedLaunchSaysWhyAndExitsWithCodeTwo(CapturedOutput output) {
		// when a job is launched from the command line with parameters it cannot take
		ConfigurableApplicationContext context = runLocal("--spring.batch.job.name=rerunFailedJob",
				"--invoice-ocr.local.seed-samples=false", "failedSince=yesterday");
		int exitCode = SpringApplication.exit(context);

		// then
		assertThat(exitCode).isEqualTo(2);
		assertThat(output.getOut()).contains("Job not launched: rerunFailedJob: parameter 'failedSince' is not an ISO date");
	}

	@Test
	void aServiceRunsItsScheduledJob() {
		// when the service starts with ocrJob scheduled every two seconds, the samples uploaded
		try (ConfigurableApplicationContext context = runLocal("--server.port=0",
				"--invoice-ocr.launch.schedules.ocrJob=*/2 * * * * *",
				"--invoice-ocr.job.print-report=false")) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

			// then a scheduled run processes them
			await("the four samples COMPLETED").atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofMillis(250))
				.until(() -> count(jdbc, "SELECT count(*) FROM ocr_document WHERE ocr_status = 'COMPLETED'") >= 4);
			assertThat(count(jdbc, "SELECT count(*) FROM ocr_document WHERE ocr_status = 'COMPLETED'")).isEqualTo(4);
			assertThat(count(jdbc, "SELECT count(*) FROM batch_job_execution e JOIN batch_job_instance i "
					+ "USING (job_instance_id) WHERE i.job_name = 'ocrJob'")).isPositive();
		}
	}

	@Test
	void structuredLogLinesOfADocumentNameItAndItsRun(CapturedOutput output) {
		// when the main job runs with JSON logs
		ConfigurableApplicationContext context = runLocal("--spring.batch.job.name=ocrJob",
				"--logging.structured.format.console=ecs", "--logging.level.io.invoiceocr.process=DEBUG",
				"--logging.level.io.invoiceocr.job.step=DEBUG", "--invoice-ocr.job.print-report=false");
		SpringApplication.exit(context);

		// then each document's line carries its id, the run and the partition step
		List<JsonNode> lines = output.getOut().lines().filter(line -> line.startsWith("{")).map(JSON::readTree).toList();
		List<JsonNode> documentLines = lines.stream().filter(line -> line.has("documentId")).toList();
		assertThat(documentLines).extracting(line -> line.get("documentId").asString())
			.contains("doc-1001", "doc-1002");
		assertThat(documentLines).allSatisfy(line -> {
			assertThat(line.get("jobExecutionId").asString()).isEqualTo("1");
			assertThat(line.get("step").asString()).startsWith("processPartition:partition");
		});
		assertThat(lines).anySatisfy(line -> {
			assertThat(line.get("message").asString()).contains("Claimed 4 documents");
			assertThat(line.get("jobExecutionId").asString()).isEqualTo("1");
		});
	}

	/** What {@code LocalInvoiceOcrApplication} runs, in this JVM: the service with its stand-ins. */
	private static ConfigurableApplicationContext runLocal(String... args) {
		return new SpringApplicationBuilder(InvoiceOcrApplication.class, LocalStandIns.class)
			.profiles(LocalStandIns.PROFILE)
			.run(args);
	}

	private static long count(JdbcTemplate jdbc, String sql) {
		Long count = jdbc.queryForObject(sql, Long.class);
		return count == null ? 0 : count;
	}

}
