package io.invoiceocr.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.invoiceocr.support.ProcessTestServers;
import io.invoiceocr.support.ServiceProcess;
import io.invoiceocr.support.WebhookReceiver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ocrJob} in its own JVM, killed with {@code kill -9} in the middle of processing 30
 * documents, then launched again: the dead run is recovered, its claimed documents are taken by the
 * next run, and every document ends with one result, reported with one payload per idempotency key.
 */
class ProcessingCrashIT {

	private static final int DOCUMENTS = 30;

	private static final String SECRET = "whsec_crash";

	@RegisterExtension
	static final ProcessTestServers servers = new ProcessTestServers(SECRET);

	@TempDir
	Path logs;

	@BeforeAll
	static void uploadDocuments() {
		// every tenth upload is not a readable document: it fails, and must fail once
		servers.uploadAndAnnounce(700, DOCUMENTS);
	}

	@Test
	void aRunKilledInTheMiddleOfProcessingIsFinishedByTheNextLaunchWithOneResultPerDocument() throws Exception {
		// given a first run, slowed down so that it is killed in the middle (300 ms per result written)
		ServiceProcess first = launch("first");
		first.awaitSchema(servers.jdbc(), Duration.ofSeconds(120));
		servers.slowDownResults();
		first.awaitWhileRunning(
				() -> count("SELECT count(*) FROM ocr_document WHERE ocr_status IN ('COMPLETED', 'FAILED')") >= 5,
				Duration.ofSeconds(120));

		// when it is killed without warning
		first.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		// then its execution is left STARTED, with documents still PROCESSING
		assertThat(servers.jdbc().queryForObject("SELECT status FROM batch_job_execution ORDER BY job_execution_id LIMIT 1",
				String.class)).isEqualTo("STARTED");
		long finishedBeforeKill = count("SELECT count(*) FROM ocr_document WHERE ocr_status IN ('COMPLETED', 'FAILED')");
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'PROCESSING'")).isPositive();

		// when the job is launched again once the dead run is stale (stale-after is 1 s)
		servers.dropSlowDown();
		Thread.sleep(1500);
		ServiceProcess second = launch("second");
		assertThat(second.process().waitFor(180, TimeUnit.SECONDS)).as("second run ended").isTrue();

		// then it succeeded, and the dead run is marked FAILED
		assertThat(second.process().exitValue()).as(second.logTail()).isZero();
		assertThat(servers.jdbc().queryForList("SELECT status FROM batch_job_execution ORDER BY job_execution_id", String.class))
			.containsExactly("FAILED", "COMPLETED");
		// and every document ended COMPLETED or FAILED as its content says, with one result each
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'COMPLETED'")).isEqualTo(27);
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'FAILED'")).isEqualTo(3);
		assertThat(servers.jdbc().queryForList("""
				SELECT count(*) FROM ocr_status_transition WHERE to_status IN ('COMPLETED', 'FAILED') GROUP BY document_id
				""", Long.class)).hasSize(DOCUMENTS).containsOnly(1L);
		assertThat(count("SELECT count(*) FROM ocr_status_transition WHERE to_status IN ('COMPLETED', 'FAILED') "
				+ "AND job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)"))
			.isEqualTo(DOCUMENTS - finishedBeforeKill);
		// and each idempotency key was delivered with one payload, one key per document, all signed
		List<WebhookReceiver.Request> requests = servers.receiver().requests();
		Map<String, Set<String>> payloadsByKey = servers.receiver().payloadsByKey();
		assertThat(payloadsByKey).hasSize(DOCUMENTS).allSatisfy((key, payloads) -> assertThat(payloads).hasSize(1));
		assertThat(requests).allSatisfy(request -> assertThat(request.signatureValid()).isTrue());
	}

	private ServiceProcess launch(String name) throws Exception {
		List<String> arguments = new ArrayList<>(List.of("--spring.batch.job.name=ocrJob", "--invoice-ocr.job.stale-after=1s",
				"--invoice-ocr.process.chunk-size=1", "--invoice-ocr.process.partitions=2", "--invoice-ocr.ingest.receive-wait=1s"));
		arguments.addAll(servers.webhookArguments());
		return ServiceProcess.start(servers.stack(), logs.resolve(name + ".log"), arguments);
	}

	private static long count(String sql) {
		return servers.count(sql);
	}

}
