package io.invoiceocr.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.invoiceocr.support.InvoicePdfs;
import io.invoiceocr.support.ProcessTestServers;
import io.invoiceocr.support.ServiceProcess;
import io.invoiceocr.support.TestData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.sync.RequestBody;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service killed with {@code kill -9} at three points of a run (while staging a backfill,
 * in the middle of a partition, while sending webhooks), then launched again: each time the
 * relaunch, started at once (well within {@code stale-after}: the dead run's lock is free), ends
 * every document once and the receiver gets one payload per idempotency key. What each kill left
 * behind, and what the relaunch made of it, is printed.
 */
class KillPointsIT {

	private static final String SECRET = "whsec_kill";

	private static final int DOCUMENTS = 20;

	@RegisterExtension
	static final ProcessTestServers servers = new ProcessTestServers(SECRET);

	@TempDir
	Path logs;

	@BeforeEach
	void startClean() {
		servers.dropSlowDown();
		TestData.truncateAll(servers.jdbc());
		servers.receiver().reset();
	}

	@Test
	void killedWhileStagingABackfill() throws Exception {
		// given a backfill of 20 objects (every tenth not an invoice), staging slowed to 100 ms a row
		upload("archive/", DOCUMENTS);
		ServiceProcess first = launch("first", backfill());
		first.awaitSchema(servers.jdbc(), Duration.ofSeconds(120));
		servers.jdbc().execute("CREATE OR REPLACE FUNCTION slow_insert() RETURNS trigger AS $$ BEGIN "
				+ "PERFORM pg_sleep(0.1); RETURN NEW; END $$ LANGUAGE plpgsql");
		servers.jdbc().execute("CREATE TRIGGER slow_insert BEFORE INSERT ON ocr_document FOR EACH ROW "
				+ "EXECUTE FUNCTION slow_insert()");
		first.awaitWhileRunning(() -> servers.count("SELECT count(*) FROM ocr_document") >= 5, Duration.ofSeconds(120));

		// when it is killed while staging, and launched again
		String before = killAndSnapshot(first);
		servers.jdbc().execute("DROP TRIGGER slow_insert ON ocr_document");
		String after = relaunchAndSnapshot(backfill());

		// then
		report("during ingest (backfill staging)", before, after);
		assertEveryDocumentEndedOnceAndWasReportedOnce();
	}

	@Test
	void killedInTheMiddleOfAPartition() throws Exception {
		// given 20 announced documents, results slowed to 300 ms each
		announce(DOCUMENTS);
		ServiceProcess first = launch("first", ocrJob());
		first.awaitSchema(servers.jdbc(), Duration.ofSeconds(120));
		servers.slowDownResults();
		first.awaitWhileRunning(() -> servers.finished() >= 4, Duration.ofSeconds(120));

		// when it is killed mid-partition, and launched again
		String before = killAndSnapshot(first);
		servers.dropSlowDown();
		String after = relaunchAndSnapshot(ocrJob());

		// then
		report("mid-partition", before, after);
		assertEveryDocumentEndedOnceAndWasReportedOnce();
	}

	@Test
	void killedWhileSendingWebhooks() throws Exception {
		// given 20 announced documents and a receiver that takes 500 ms to answer
		announce(DOCUMENTS);
		servers.receiver().answerAfter(Duration.ofMillis(500));
		ServiceProcess first = launch("first", ocrJob());

		// when it is killed once the receiver has had three events, and launched again
		first.awaitWhileRunning(() -> servers.receiver().requests().size() >= 3, Duration.ofSeconds(180));
		String before = killAndSnapshot(first);
		servers.receiver().answerAfter(Duration.ZERO);
		String after = relaunchAndSnapshot(ocrJob());

		// then
		report("during delivery", before, after);
		assertEveryDocumentEndedOnceAndWasReportedOnce();
	}

	private void assertEveryDocumentEndedOnceAndWasReportedOnce() {
		assertThat(servers.count("SELECT count(*) FROM ocr_document")).isEqualTo(DOCUMENTS);
		assertThat(servers.count("SELECT count(DISTINCT object_key) FROM ocr_document")).isEqualTo(DOCUMENTS);
		assertThat(servers.count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'COMPLETED'")).isEqualTo(DOCUMENTS - 2);
		assertThat(servers.count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'FAILED'")).isEqualTo(2);
		assertThat(servers.jdbc().queryForList("SELECT count(*) FROM ocr_status_transition "
				+ "WHERE to_status IN ('COMPLETED', 'FAILED') GROUP BY document_id", Long.class))
			.hasSize(DOCUMENTS)
			.containsOnly(1L);
		assertThat(servers.count("SELECT count(*) FROM webhook_outbox WHERE status <> 'DELIVERED'")).isZero();
		Map<String, Set<String>> payloads = servers.receiver().payloadsByKey();
		assertThat(payloads).hasSize(DOCUMENTS).allSatisfy((key, sent) -> assertThat(sent).hasSize(1));
		assertThat(servers.receiver().requests()).allSatisfy(request -> assertThat(request.signatureValid()).isTrue());
	}

	private String killAndSnapshot(ServiceProcess run) throws Exception {
		run.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		return snapshot();
	}

	private String relaunchAndSnapshot(List<String> job) throws Exception {
		ServiceProcess second = launch("second", job);
		assertThat(second.awaitExit(Duration.ofMinutes(4))).as(second.logTail()).isZero();
		return snapshot();
	}

	/** Runs, documents and webhook events by status, and what the receiver got. */
	private static String snapshot() {
		return "runs " + servers.jdbc().queryForList("SELECT status FROM batch_job_execution ORDER BY job_execution_id",
				String.class) + "; documents " + grouped("ocr_document", "ocr_status") + "; outbox "
				+ grouped("webhook_outbox", "status") + " (" + servers.count("SELECT count(*) FROM webhook_outbox "
						+ "WHERE claim_token IS NOT NULL") + " claimed by a deliverer); receiver " + servers.receiver().requests().size()
				+ " requests for " + servers.receiver().payloadsByKey().size() + " keys";
	}

	private static Map<String, Object> grouped(String table, String column) {
		Map<String, Object> counts = new TreeMap<>();
		servers.jdbc().queryForList("SELECT " + column + " AS k, count(*) AS n FROM " + table + " GROUP BY " + column)
			.forEach(row -> counts.put((String) row.get("k"), row.get("n")));
		return counts;
	}

	private static void report(String point, String before, String after) {
		System.out.printf("%nkill -9 %s%n  left behind: %s%n  after relaunch: %s%n", point, before, after);
	}

	private ServiceProcess launch(String name, List<String> job) throws Exception {
		List<String> arguments = new ArrayList<>(job);
		arguments.addAll(List.of("--invoice-ocr.process.chunk-size=1",
				"--invoice-ocr.process.partitions=2", "--invoice-ocr.webhook.batch-size=2",
				"--invoice-ocr.ingest.document-id.head-object=false"));
		arguments.addAll(servers.webhookArguments());
		return ServiceProcess.start(servers.stack(), logs.resolve(name + "-" + Instant.now().toEpochMilli() + ".log"),
				arguments);
	}

	private static List<String> backfill() {
		return List.of("--spring.batch.job.name=backfillJob", "--invoice-ocr.job.backfill-chunk-size=1",
				"bucket=invoices", "prefix=archive/");
	}

	private static List<String> ocrJob() {
		return List.of("--spring.batch.job.name=ocrJob", "--invoice-ocr.ingest.receive-wait=1s");
	}

	private static void upload(String prefix, int count) {
		for (int n = 1; n <= count; n++) {
			byte[] content = n % 10 == 0 ? "not an invoice".getBytes(StandardCharsets.UTF_8) : InvoicePdfs.invoice(n);
			String key = prefix + "doc-%d/invoice.pdf".formatted(n);
			servers.stack().s3().putObject(r -> r.bucket("invoices").key(key), RequestBody.fromBytes(content));
		}
	}

	private static void announce(int count) {
		int first = (int) (System.nanoTime() % 100_000) * 100;
		servers.uploadAndAnnounce(first, count);
	}

}
