package io.invoiceocr.job;

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

import io.invoiceocr.support.InvoicePdfs;
import io.invoiceocr.support.ServiceProcess;
import io.invoiceocr.support.StandaloneStack;
import io.invoiceocr.support.TestData;
import io.invoiceocr.support.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.sqs.SqsClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ocrJob} with remote partitioning: the run (the manager) in one JVM, two workers in two
 * more, all against the same PostgreSQL, S3 and SQS servers. The partition requests travel through
 * PostgreSQL; every document ends with one result, and both workers did part of the work.
 */
class RemotePartitioningIT {

	private static final int DOCUMENTS = 40;

	private static final String SECRET = "whsec_remote";

	static StandaloneStack stack;

	static JdbcTemplate jdbc;

	static WebhookReceiver receiver;

	@TempDir
	Path logs;

	private final List<ServiceProcess> processes = new ArrayList<>();

	@BeforeAll
	static void startServers() throws Exception {
		stack = StandaloneStack.start();
		jdbc = new JdbcTemplate(stack.postgres().getPostgresDatabase());
		receiver = WebhookReceiver.start(SECRET);
	}

	@AfterAll
	static void stopServers() throws Exception {
		receiver.close();
		stack.close();
	}

	@AfterEach
	void stopProcesses() throws Exception {
		for (ServiceProcess process : processes) {
			process.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void aManagerAndTwoWorkersProcessEveryDocumentOnceWithBothWorkersTakingPartitions() throws Exception {
		// given 40 uploads announced on the queue, every tenth of them not a readable document
		upload(DOCUMENTS);
		// and two workers waiting for partition requests
		ServiceProcess first = worker("worker-1");
		first.awaitSchema(jdbc, Duration.ofSeconds(120));
		ServiceProcess second = worker("worker-2");
		awaitLog(first, "takes partition requests");
		awaitLog(second, "takes partition requests");

		// when ocrJob runs with remote partitioning, 8 partitions
		ServiceProcess manager = start("manager", "--spring.batch.job.name=ocrJob", "--invoice-ocr.partitioning.mode=remote",
				"--invoice-ocr.process.partitions=8");
		assertThat(manager.process().waitFor(300, TimeUnit.SECONDS)).as("the run ended").isTrue();

		// then it completed, with every partition run by a worker
		assertThat(manager.process().exitValue()).as(manager.logTail()).isZero();
		assertThat(jdbc.queryForList("SELECT status FROM batch_step_execution WHERE step_name LIKE 'processPartition:%'",
				String.class)).hasSize(8).containsOnly("COMPLETED");
		assertThat(count("SELECT count(*) FROM partition_lease")).isZero();
		assertThat(count("SELECT count(*) FROM int_channel_message")).isZero();
		// and both workers took partitions
		long byFirst = partitionsRunBy(first);
		long bySecond = partitionsRunBy(second);
		assertThat(byFirst + bySecond).isEqualTo(8);
		assertThat(byFirst).as("partitions run by worker 1").isPositive();
		assertThat(bySecond).as("partitions run by worker 2").isPositive();
		// and every document ended as its content says, with one result each
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'COMPLETED'")).isEqualTo(36);
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'FAILED'")).isEqualTo(4);
		assertThat(jdbc.queryForList("""
				SELECT count(*) FROM ocr_status_transition WHERE to_status IN ('COMPLETED', 'FAILED') GROUP BY document_id
				""", Long.class)).hasSize(DOCUMENTS).containsOnly(1L);
		// and the manager delivered one payload per idempotency key, all signed
		Map<String, Set<String>> payloadsByKey = receiver.requests()
			.stream()
			.collect(Collectors.groupingBy(WebhookReceiver.Request::idempotencyKey,
					Collectors.mapping(WebhookReceiver.Request::payload, Collectors.toSet())));
		assertThat(payloadsByKey).hasSize(DOCUMENTS).allSatisfy((key, payloads) -> assertThat(payloads).hasSize(1));
		assertThat(receiver.requests()).allSatisfy(request -> assertThat(request.signatureValid()).isTrue());
	}

	private static void upload(int documents) {
		try (SqsClient sqs = stack.sqsClient()) {
			String queue = sqs.getQueueUrl(r -> r.queueName("uploads")).queueUrl();
			for (int n = 1; n <= documents; n++) {
				byte[] content = n % 10 == 0 ? "not an invoice".getBytes(StandardCharsets.UTF_8) : InvoicePdfs.invoice(n);
				String key = "raw-invoices/doc-%d/invoice.pdf".formatted(900 + n);
				String etag = stack.s3().putObject(r -> r.bucket("invoices").key(key), RequestBody.fromBytes(content))
					.eTag()
					.replace("\"", "");
				sqs.sendMessage(r -> r.queueUrl(queue).messageBody(TestData.s3Put("invoices", key, null, etag,
						Instant.now().toString())));
			}
		}
	}

	private ServiceProcess worker(String name) throws Exception {
		return start(name, "--spring.profiles.active=aws,worker", "--server.port=0",
				"--invoice-ocr.partitioning.worker.concurrency=2");
	}

	private ServiceProcess start(String name, String... arguments) throws Exception {
		List<String> all = new ArrayList<>(List.of(arguments));
		all.addAll(List.of("--invoice-ocr.process.chunk-size=2", "--invoice-ocr.partitioning.poll-interval=200ms",
				"--invoice-ocr.ingest.receive-wait=1s", "--invoice-ocr.webhook.url=" + receiver.url(),
				"--invoice-ocr.webhook.secret=" + SECRET));
		ServiceProcess process = ServiceProcess.start(stack, logs.resolve(name + ".log"), all);
		processes.add(process);
		return process;
	}

	private static void awaitLog(ServiceProcess process, String text) throws Exception {
		process.awaitWhileRunning(() -> Files.readString(process.log(), StandardCharsets.UTF_8).contains(text),
				Duration.ofSeconds(120));
	}

	private static long partitionsRunBy(ServiceProcess worker) throws Exception {
		return Files.readString(worker.log(), StandardCharsets.UTF_8)
			.lines()
			.filter(line -> line.contains("ended processPartition:") && line.contains("COMPLETED"))
			.count();
	}

	private static long count(String sql) {
		return ServiceProcess.count(jdbc, sql);
	}

}
