package io.invoiceocr.job;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.invoiceocr.InvoiceOcrApplication;
import io.invoiceocr.local.EmbeddedS3;
import io.invoiceocr.support.InvoicePdfs;
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
		Process first = launch("first");
		waitUntil(() -> count("SELECT count(*) FROM information_schema.tables WHERE table_name = 'ocr_document'") == 1,
				first);
		jdbc.execute("CREATE FUNCTION slow_result() RETURNS trigger AS $$ BEGIN "
				+ "IF NEW.ocr_status IN ('COMPLETED', 'FAILED') THEN PERFORM pg_sleep(0.3); END IF; RETURN NEW; END $$ "
				+ "LANGUAGE plpgsql");
		jdbc.execute("CREATE TRIGGER slow_result BEFORE UPDATE ON ocr_document FOR EACH ROW EXECUTE FUNCTION slow_result()");
		waitUntil(() -> count("SELECT count(*) FROM ocr_document WHERE ocr_status IN ('COMPLETED', 'FAILED')") >= 5, first);

		// when it is killed without warning
		first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		// then its execution is left STARTED, with documents still PROCESSING
		assertThat(jdbc.queryForObject("SELECT status FROM batch_job_execution ORDER BY job_execution_id LIMIT 1",
				String.class)).isEqualTo("STARTED");
		long finishedBeforeKill = count("SELECT count(*) FROM ocr_document WHERE ocr_status IN ('COMPLETED', 'FAILED')");
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'PROCESSING'")).isPositive();

		// when the job is launched again once the dead run is stale (stale-after is 1 s)
		jdbc.execute("DROP TRIGGER slow_result ON ocr_document");
		Thread.sleep(1500);
		Process second = launch("second");
		assertThat(second.waitFor(180, TimeUnit.SECONDS)).as("second run ended").isTrue();

		// then it succeeded, and the dead run is marked FAILED
		assertThat(second.exitValue()).as(log("second")).isZero();
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

	private Process launch(String name) throws Exception {
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
				"-Daws.accessKeyId=" + EmbeddedS3.ACCESS_KEY, "-Daws.secretAccessKey=" + EmbeddedS3.SECRET_KEY,
				InvoiceOcrApplication.class.getName()));
		stack.settings().forEach(setting -> command.add("--" + setting));
		command.addAll(List.of("--spring.batch.job.name=ocrJob", "--invoice-ocr.job.stale-after=1s",
				"--invoice-ocr.process.chunk-size=1", "--invoice-ocr.process.partitions=2",
				"--invoice-ocr.ingest.receive-wait=1s", "--invoice-ocr.webhook.url=" + receiver.url(),
				"--invoice-ocr.webhook.secret=" + SECRET));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile())
			.start();
	}

	private void waitUntil(Check check, Process process) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (!check.holds()) {
			if (!process.isAlive()) {
				throw new AssertionError("the run ended before it could be killed: " + log("first"));
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting; " + log("first"));
			}
			TestData.sleep(Duration.ofMillis(100));
		}
	}

	private String log(String name) {
		try {
			List<String> lines = Files.readAllLines(logs.resolve(name + ".log"));
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (Exception ex) {
			return "(no log: " + ex + ")";
		}
	}

	private static long count(String sql) {
		try {
			Long value = jdbc.queryForObject(sql, Long.class);
			return value == null ? 0 : value;
		}
		catch (org.springframework.jdbc.BadSqlGrammarException ex) {
			return 0; // table not there yet
		}
	}

	private static String javaBinary() {
		return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
	}

	@FunctionalInterface
	private interface Check {

		boolean holds() throws Exception;

	}

}
