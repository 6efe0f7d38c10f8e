package io.invoiceocr.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.invoiceocr.support.ServiceProcess;
import io.invoiceocr.support.StandaloneStack;
import io.invoiceocr.support.StaleRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.core.sync.RequestBody;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backfill killed with {@code kill -9} in another JVM, then launched again: the dead execution
 * is recovered, the new run continues after the last committed key, and every object ends up
 * staged exactly once.
 */
class CrashRecoveryIT {

	private static final int OBJECTS = 120;

	static StandaloneStack stack;

	static JdbcTemplate jdbc;

	@TempDir
	Path logs;

	@BeforeAll
	static void startServers() throws Exception {
		stack = StandaloneStack.start();
		jdbc = new JdbcTemplate(stack.postgres().getPostgresDatabase());
		IntStream.rangeClosed(1, OBJECTS)
			.forEach(i -> stack.s3()
				.putObject(r -> r.bucket("invoices").key("archive/2022/inv-%04d.pdf".formatted(i)),
						RequestBody.fromString("pdf " + i)));
	}

	@AfterAll
	static void stopServers() throws Exception {
		stack.close();
	}

	@Test
	void aKilledBackfillIsRecoveredAndFinishedByTheNextLaunch() throws Exception {
		// given a first run, slowed down so that it is killed in the middle (50 ms per staged row)
		ServiceProcess first = launchBackfill("first");
		first.awaitSchema(jdbc, Duration.ofSeconds(90));
		jdbc.execute("CREATE FUNCTION slow_insert() RETURNS trigger AS $$ BEGIN PERFORM pg_sleep(0.05); "
				+ "RETURN NEW; END $$ LANGUAGE plpgsql");
		jdbc.execute("CREATE TRIGGER slow_insert BEFORE INSERT ON ocr_document FOR EACH ROW EXECUTE FUNCTION slow_insert()");
		first.awaitWhileRunning(() -> count("SELECT count(*) FROM ocr_document") >= 20, Duration.ofSeconds(90));

		// when it is killed without warning
		first.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		long stagedBeforeKill = count("SELECT count(*) FROM ocr_document");

		// then its execution is left STARTED, with part of the objects staged
		assertThat(jdbc.queryForObject("SELECT status FROM batch_job_execution ORDER BY job_execution_id LIMIT 1",
				String.class)).isEqualTo("STARTED");
		assertThat(stagedBeforeKill).isBetween(20L, (long) OBJECTS - 1);

		// when the same backfill is launched again once the dead run is stale (stale-after is 1 s)
		jdbc.execute("DROP TRIGGER slow_insert ON ocr_document");
		StaleRuns.awaitStale(jdbc, Duration.ofSeconds(1));
		ServiceProcess second = launchBackfill("second");
		boolean ended = second.process().waitFor(120, TimeUnit.SECONDS);

		// then it succeeds, finishing the job instance where the first run stopped
		assertThat(ended).as("second run ended").isTrue();
		assertThat(second.process().exitValue()).as(second.logTail()).isZero();
		assertThat(jdbc.queryForList("SELECT status FROM batch_job_execution ORDER BY job_execution_id", String.class))
			.containsExactly("FAILED", "COMPLETED");
		assertThat(count("SELECT count(DISTINCT job_instance_id) FROM batch_job_execution")).isEqualTo(1);
		assertThat(count("SELECT read_count FROM batch_step_execution WHERE step_name = 'backfillStep' "
				+ "ORDER BY step_execution_id DESC LIMIT 1")).isEqualTo(OBJECTS - stagedBeforeKill);
		assertThat(count("SELECT count(*) FROM ocr_document")).isEqualTo(OBJECTS);
		assertThat(count("SELECT count(DISTINCT object_key) FROM ocr_document")).isEqualTo(OBJECTS);
		assertThat(count("SELECT count(*) FROM ocr_status_transition WHERE from_status IS NULL")).isEqualTo(OBJECTS);
		// and the staged objects (not invoices: a few bytes of text) were processed, each FAILED with the reason
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'FAILED' AND error LIKE '%not a PDF%'"))
			.as(second.logTail()).isEqualTo(OBJECTS);
	}

	private ServiceProcess launchBackfill(String name) throws Exception {
		return ServiceProcess.start(stack, logs.resolve(name + ".log"), List.of("--spring.batch.job.name=backfillJob",
				"--invoice-ocr.job.backfill-chunk-size=5", "--invoice-ocr.job.stale-after=1s",
				"--invoice-ocr.ingest.document-id.head-object=false", "bucket=invoices", "prefix=archive/2022/"));
	}

	private static long count(String sql) {
		return ServiceProcess.count(jdbc, sql);
	}

}
