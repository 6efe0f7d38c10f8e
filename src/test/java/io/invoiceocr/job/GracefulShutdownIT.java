package io.invoiceocr.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job in its own JVM gets SIGTERM in the middle of processing (what Kubernetes sends a pod it
 * stops): the run stops at its next chunk boundary and ends STOPPED, the documents it had not
 * reached stay claimed by that restartable run, and the next launch finishes them with one result
 * each.
 */
class GracefulShutdownIT {

	private static final int DOCUMENTS = 30;

	private static final String SECRET = "whsec_sigterm";

	/** What a JVM ended by SIGTERM exits with: 128 + 15. */
	private static final int TERMINATED_BY_SIGTERM = 143;

	@RegisterExtension
	static final ProcessTestServers servers = new ProcessTestServers(SECRET);

	@TempDir
	Path logs;

	@BeforeEach
	@AfterEach
	void emptyTables() {
		TestData.truncateAll(servers.jdbc());
		servers.dropSlowDown();
		servers.receiver().reset();
	}

	@Test
	void sigtermStopsOcrJobBetweenChunksAndTheNextLaunchFinishesItsDocuments() throws Exception {
		// given 30 uploads announced on the queue, every tenth of them not a readable document
		servers.uploadAndAnnounce(800, DOCUMENTS);
		// when an ocrJob run gets SIGTERM in the middle of processing them
		ShutdownOutcome shutdown = terminateMidRun("--spring.batch.job.name=ocrJob");

		// then it ended STOPPED, restartable, with the rest of its documents still claimed by it
		assertThat(shutdown.finished() + shutdown.processing()).isEqualTo(DOCUMENTS);

		// when ocrJob is launched again (the next schedule)
		ServiceProcess second = launchToTheEnd("--spring.batch.job.name=ocrJob");

		// then it took the stopped run's documents back and finished them, each with one result
		assertThat(second.logTail()).contains(shutdown.processing() + " documents claimed by the stopped run(s)");
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'COMPLETED'")).isEqualTo(27);
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'FAILED'")).isEqualTo(3);
		assertOneResultPerDocument(shutdown.finished());
		// and the stop was not counted as an attempt
		assertThat(servers.jdbc().queryForList("SELECT DISTINCT attempts FROM ocr_document", Integer.class)).containsExactly(1);
		// and every document was reported with one payload per idempotency key, all signed
		Map<String, Set<String>> payloadsByKey = servers.receiver().payloadsByKey();
		assertThat(payloadsByKey).hasSize(DOCUMENTS).allSatisfy((key, payloads) -> assertThat(payloads).hasSize(1));
		assertThat(servers.receiver().requests()).allSatisfy(request -> assertThat(request.signatureValid()).isTrue());
	}

	@Test
	void sigtermStopsABackfillAndLaunchingItAgainRestartsTheStoppedRun() throws Exception {
		// given 30 historical objects, every tenth of them not a readable document
		for (int n = 1; n <= DOCUMENTS; n++) {
			servers.upload("archive/2023/inv-%04d.pdf".formatted(n), n);
		}
		// when a backfill of them gets SIGTERM in the middle of processing them (it ends STOPPED)
		ShutdownOutcome shutdown = terminateMidRun(backfill());

		// when the same backfill is launched again
		launchToTheEnd(backfill());

		// then the stopped run was restarted (same job instance) and finished exactly what was left
		assertThat(count("SELECT count(DISTINCT job_instance_id) FROM batch_job_execution")).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'COMPLETED'")).isEqualTo(27);
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'FAILED'")).isEqualTo(3);
		assertOneResultPerDocument(shutdown.finished());
	}

	private record ShutdownOutcome(long finished, long processing) {
	}

	/**
	 * Launches the job, slowed down (300 ms per result) so that SIGTERM finds it in the middle of
	 * processing, sends SIGTERM once 5 documents are finished and waits for the process to end.
	 * The run must have stopped cleanly, STOPPED and restartable, with documents left to do.
	 */
	private ShutdownOutcome terminateMidRun(String... job) throws Exception {
		ServiceProcess run = launch("first", job);
		run.awaitSchema(servers.jdbc(), Duration.ofSeconds(120));
		servers.slowDownResults();
		run.awaitWhileRunning(() -> servers.finished() >= 5, Duration.ofSeconds(120));

		run.process().destroy();
		assertThat(run.process().waitFor(60, TimeUnit.SECONDS)).as("ended after SIGTERM").isTrue();
		String log = Files.readString(run.log(), StandardCharsets.UTF_8);
		assertThat(run.process().exitValue()).as(run.logTail()).isEqualTo(TERMINATED_BY_SIGTERM);
		assertThat(log).contains("Shutting down: runs [").contains("have stopped and can be restarted");
		// and nothing went wrong on the way down (a pool or an engine closed under a running chunk logs errors)
		assertThat(log.lines().filter(line -> line.matches(".*\\bERROR\\b.*"))).isEmpty();
		// the steps that were cut short are STOPPED too, and nothing is left running
		assertThat(count("SELECT count(*) FROM batch_step_execution WHERE step_name = 'processStep' AND status = 'STOPPED'"))
			.isEqualTo(1);
		assertThat(count("SELECT count(*) FROM batch_step_execution WHERE end_time IS NULL")).isZero();
		assertThat(executionStatuses()).containsExactly("STOPPED");
		ShutdownOutcome outcome = new ShutdownOutcome(servers.finished(),
				count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'PROCESSING'"));
		assertThat(outcome.processing()).as(run.logTail()).isPositive();
		assertThat(processingWithoutRestartableRun()).isZero();
		return outcome;
	}

	/** Launches the job again at full speed and waits for it to end COMPLETED after the stopped run. */
	private ServiceProcess launchToTheEnd(String... job) throws Exception {
		servers.dropSlowDown();
		ServiceProcess run = launch("second", job);
		assertThat(run.process().waitFor(180, TimeUnit.SECONDS)).as("second run ended").isTrue();
		assertThat(run.process().exitValue()).as(run.logTail()).isZero();
		assertThat(executionStatuses()).containsExactly("STOPPED", "COMPLETED");
		return run;
	}

	/** The documents the first run finished kept their one result; the second wrote the others. */
	private void assertOneResultPerDocument(long finishedByFirstRun) {
		assertThat(servers.jdbc().queryForList("""
				SELECT count(*) FROM ocr_status_transition WHERE to_status IN ('COMPLETED', 'FAILED') GROUP BY document_id
				""", Long.class)).hasSize(DOCUMENTS).containsOnly(1L);
		assertThat(count("SELECT count(*) FROM ocr_status_transition WHERE to_status IN ('COMPLETED', 'FAILED') "
				+ "AND job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)"))
			.isEqualTo(DOCUMENTS - finishedByFirstRun);
	}

	private long processingWithoutRestartableRun() {
		// a restarted run claims under its instance's first execution: the instance's last one must be restartable
		return count("""
				SELECT count(*) FROM ocr_document d WHERE d.ocr_status = 'PROCESSING' AND NOT EXISTS (
				    SELECT 1 FROM batch_job_execution claiming JOIN batch_job_execution last
				      ON last.job_instance_id = claiming.job_instance_id
				    WHERE claiming.job_execution_id = d.claim_job_execution AND last.status IN ('STOPPED', 'FAILED')
				      AND last.job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution
				                                   WHERE job_instance_id = claiming.job_instance_id))
				""");
	}

	private String[] backfill() {
		return new String[] { "--spring.batch.job.name=backfillJob", "--invoice-ocr.ingest.document-id.head-object=false",
				"bucket=invoices", "prefix=archive/2023/" };
	}

	private ServiceProcess launch(String name, String... job) throws Exception {
		List<String> arguments = new ArrayList<>(List.of(job));
		arguments.addAll(List.of("--invoice-ocr.process.chunk-size=2", "--invoice-ocr.process.partitions=2",
				"--invoice-ocr.ingest.receive-wait=1s"));
		arguments.addAll(servers.webhookArguments());
		return ServiceProcess.start(servers.stack(), logs.resolve(name + ".log"), arguments);
	}

	private static List<String> executionStatuses() {
		return servers.jdbc().queryForList("SELECT status FROM batch_job_execution ORDER BY job_execution_id", String.class);
	}

	private static long count(String sql) {
		return servers.count(sql);
	}

}
