package io.invoiceocr.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.invoiceocr.support.InvoicePdfs;
import io.invoiceocr.support.ServiceProcess;
import io.invoiceocr.support.StandaloneStack;
import io.invoiceocr.support.TestData;
import io.invoiceocr.support.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.sqs.SqsClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ocrJob} in its own JVM, killed with {@code kill -9} in the middle of processing 30
 * documents, then launched again: the dead run is recovered, its claimed documents are taken by the
 * next run, and every document ends with one result, reported with one payload per idempotency key.
 */
class ProcessingCrashIT {

	private static final int DOCUMENTS = 30;

	private static final String SECRET = "whsec_crash";

	static StandaloneStack stack;

	static JdbcTemplate jdbc;

	static WebhookReceiver receiver;

	@TempDir
	Path logs;

	@BeforeAll
	static void startServers() throws Exception {
		stack = StandaloneStack.start();
		jdbc = new JdbcTemplate(stack.postgres().getPostgresDatabase());
		receiver = WebhookReceiver.start(SECRET);
		try (SqsClient sqs = stack.sqsClient()) {
			String queue = sqs.getQueueUrl(r -> r.queueName("uploads")).queueUrl();
			for (int n = 1; n <= DOCUMENTS; n++) {
				// every tenth upload is not a readable document: it fails, and must fail once
				byte[] content = n % 10 == 0 ? "not an invoice".getBytes(StandardCharsets.UTF_8) : InvoicePdfs.invoice(n);
				String key = "raw-invoices/doc-%d/invoice.pdf".formatted(700 + n);
				String etag = stack.s3().putObject(r -> r.bucket("invoices").key(key), RequestBody.fromBytes(content))
					.eTag()
					.replace("\"", "");
				sqs.sendMessage(r -> r.queueUrl(queue).messageBody(TestData.s3Put("invoices", key, null, etag,
						Instant.now().toString())));
			}
		}
	}

	@AfterAll
	static void stopServers() throws Exception {
		receiver.close();
		stack.close();
	}

	@Test
	void aRunKilledInTheMiddleOfProcessingIsFinishedByTheNextLaunchWithOneResultPerDocument() throws Exception {
		// given a first run, slowed down so that it is killed in the middle (300 ms per result written)
		ServiceProcess first = launch("first");
		first.awaitSchema(jdbc, Duration.ofSeconds(120));
		jdbc.execute("CREATE FUNCTION slow_result() RETURNS trigger AS $$ BEGIN "
				+ "IF NEW.ocr_status IN ('COMPLETED', 'FAILED') THEN PERFORM pg_sleep(0.3); END IF; RETURN NEW; END $$ "
				+ "LANGUAGE plpgsql");
		jdbc.execute("CREATE TRIGGER slow_result BEFORE UPDATE ON ocr_document FOR EACH ROW EXECUTE FUNCTION slow_result()");
		first.awaitWhileRunning(
				() -> count("SELECT count(*) FROM ocr_document WHERE ocr_status IN ('COMPLETED', 'FAILED')") >= 5,
				Duration.ofSeconds(120));

		// when it is killed without warning
		first.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		// then its execution is left STARTED, with documents still PROCESSING
		assertThat(jdbc.queryForObject("SELECT status FROM batch_job_execution ORDER BY job_execution_id LIMIT 1",
				String.class)).isEqualTo("STARTED");
		long finishedBeforeKill = count("SELECT count(*) FROM ocr_document WHERE ocr_status IN ('COMPLETED', 'FAILED')");
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'PROCESSING'")).isPositive();

		// when the job is launched again once the dead run is stale (stale-after is 1 s)
		jdbc.execute("DROP TRIGGER slow_result ON ocr_document");
		Thread.sleep(1500);
		ServiceProcess second = launch("second");
		assertThat(second.process().waitFor(180, TimeUnit.SECONDS)).as("second run ended").isTrue();

		// then it succeeded, and the dead run is marked FAILED
		assertThat(second.process().exitValue()).as(second.logTail()).isZero();
		assertThat(jdbc.queryForList("SELECT status FROM batch_job_execution ORDER BY job_execution_id", String.class))
			.containsExactly("FAILED", "COMPLETED");
		// and every document ended COMPLETED or FAILED as its content says, with one result each
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'COMPLETED'")).isEqualTo(27);
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'FAILED'")).isEqualTo(3);
		assertThat(jdbc.queryForList("""
				SELECT count(*) FROM ocr_status_transition WHERE to_status IN ('COMPLETED', 'FAILED') GROUP BY document_id
				""", Long.class)).hasSize(DOCUMENTS).containsOnly(1L);
		assertThat(count("SELECT count(*) FROM ocr_status_transition WHERE to_status IN ('COMPLETED', 'FAILED') "
				+ "AND job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)"))
			.isEqualTo(DOCUMENTS - finishedBeforeKill);
		// and each idempotency key was delivered with one payload, one key per document, all signed
		List<WebhookReceiver.Request> requests = receiver.requests();
		Map<String, Set<String>> payloadsByKey = requests.stream()
			.collect(Collectors.groupingBy(WebhookReceiver.Request::idempotencyKey,
					Collectors.mapping(WebhookReceiver.Request::payload, Collectors.toSet())));
		assertThat(payloadsByKey).hasSize(DOCUMENTS).allSatisfy((key, payloads) -> assertThat(payloads).hasSize(1));
		assertThat(requests).allSatisfy(request -> assertThat(request.signatureValid()).isTrue());
	}

	private ServiceProcess launch(String name) throws Exception {
		return ServiceProcess.start(stack, logs.resolve(name + ".log"), List.of("--spring.batch.job.name=ocrJob",
				"--invoice-ocr.job.stale-after=1s", "--invoice-ocr.process.chunk-size=1", "--invoice-ocr.process.partitions=2",
				"--invoice-ocr.ingest.receive-wait=1s", "--invoice-ocr.webhook.url=" + receiver.url(),
				"--invoice-ocr.webhook.secret=" + SECRET));
	}

	private static long count(String sql) {
		return ServiceProcess.count(jdbc, sql);
	}

}
