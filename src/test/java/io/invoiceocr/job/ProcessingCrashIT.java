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
import io.invoiceocr.support.TestData;
import io.invoiceocr.support.WebhookReceiver;
import io.invoiceocr.support.StaleRuns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ocrJob} in its own JVM, killed with {@code kill -9} in the middle of processing 30
 * documents, then launched again: the dead run is recovered, its claimed documents are taken by the
 * next run, and every document ends with one result, reported with one payload per idempotency key.
 * Launched again at once, well within {@code stale-after}, the dead run is recovered through its
 * free run lock; while the run is alive, a launch is refused with what it found and what to do.
 */
class ProcessingCrashIT {

	private static final int DOCUMENTS = 30;

	private static final String SECRET = "whsec_crash";

	@RegisterExtension
	static final ProcessTestServers servers = new ProcessTestServers(SECRET);

	@TempDir
	Path logs;

	@BeforeEach
	void uploadDocuments() {
		TestData.truncateAll(servers.jdbc());
		servers.receiver().reset();
		// every tenth upload is not a readable document: it fails, and must fail once
		servers.uploadAndAnnounce(700, DOCUMENTS);
	}

	@Test
	void aRunKilledInTheMiddleOfProcessingIsFinishedByTheNextLaunchWithOneResultPerDocument() throws Exception {
		// given a first run, slowed down so that it is killed in the middle (300 ms per result written)
		ServiceProcess first = launch("first", "1s");
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
		StaleRuns.awaitStale(servers.jdbc(), Duration.ofSeconds(1));
		ServiceProcess second = launch("second", "1s");
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

	@Test
	void aRunKilledAndLaunchedAgainAtOnceIsRecoveredThroughItsFreeRunLockWithoutWaitingForStaleAfter() throws Exception {
		// given a run with the default stale-after of 10 minutes, slowed down (3 s per result) so that it
		// is still going while another launch comes up, and caught in the middle
		ServiceProcess first = launch("first", "10m");
		first.awaitSchema(servers.jdbc(), Duration.ofSeconds(120));
		servers.slowDownResults(Duration.ofSeconds(3));
		first.awaitWhileRunning(() -> servers.finished() >= 3, Duration.ofSeconds(120));

		// when the job is launched again while that run is alive
		ServiceProcess refused = launch("refused", "10m");
		assertThat(refused.process().waitFor(120, TimeUnit.SECONDS)).as("refused launch ended").isTrue();

		// then the launch is refused, saying which run, since when, when it would count as dead, and what to do
		long running = servers.jdbc().queryForObject("SELECT min(job_execution_id) FROM batch_job_execution", Long.class);
		assertThat(refused.process().exitValue()).as(refused.logTail()).isEqualTo(2);
		assertThat(refused.output()).contains("ocrJob is already running: execution " + running + ", started ",
				"last progress ", "Its process is alive", "would count as dead only after no progress until ",
				"(invoice-ocr.job.stale-after=10m)", "POST /api/jobs/executions/" + running + "/stop");
		assertThat(first.process().isAlive()).as("the running run goes on").isTrue();

		// when the run is killed without warning, and the job launched again at once
		first.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'PROCESSING'")).isPositive();
		servers.dropSlowDown();
		ServiceProcess second = launch("second", "10m");
		assertThat(second.process().waitFor(180, TimeUnit.SECONDS)).as("second run ended").isTrue();

		// then the dead run was recovered at once, through its free run lock, and the new run finished every document
		assertThat(second.process().exitValue()).as(second.logTail()).isZero();
		assertThat(second.output()).contains("Execution " + running + " of ocrJob is STARTED but its run lock is free");
		assertThat(servers.jdbc().queryForList("SELECT status FROM batch_job_execution ORDER BY job_execution_id", String.class))
			.containsExactly("FAILED", "COMPLETED");
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'COMPLETED'")).isEqualTo(27);
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'FAILED'")).isEqualTo(3);
		assertThat(servers.receiver().payloadsByKey()).hasSize(DOCUMENTS);
	}

	private ServiceProcess launch(String name, String staleAfter) throws Exception {
		List<String> arguments = new ArrayList<>(List.of("--spring.batch.job.name=ocrJob", "--invoice-ocr.job.stale-after=" + staleAfter,
				"--invoice-ocr.process.chunk-size=1", "--invoice-ocr.process.partitions=2", "--invoice-ocr.ingest.receive-wait=1s"));
		arguments.addAll(servers.webhookArguments());
		return ServiceProcess.start(servers.stack(), logs.resolve(name + ".log"), arguments);
	}

	private static long count(String sql) {
		return servers.count(sql);
	}

}
