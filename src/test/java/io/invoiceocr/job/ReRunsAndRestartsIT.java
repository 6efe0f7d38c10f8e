package io.invoiceocr.job;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import io.invoiceocr.document.DocumentResults;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.launch.JobLaunches;
import io.invoiceocr.launch.trigger.QueueTriggeredLaunch;
import io.invoiceocr.support.DocumentRows;
import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.InvoicePdfs;
import io.invoiceocr.support.TestData;
import io.invoiceocr.support.WebhookReceiver;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Runs after the first: a re-run of chosen failed documents, a restart where a failed run stopped, and
 * launches by queue events that come at once.
 */
@IntegrationTest
class ReRunsAndRestartsIT {

	@Autowired
	TestData data;

	@Autowired
	JobLaunches launches;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	WebhookReceiver receiver;

	@Autowired
	QueueTriggeredLaunch queueTriggeredLaunch;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DocumentResults results;

	@Autowired
	OcrDocumentRepository documents;

	@BeforeEach
	void reset() {
		data.reset();
		receiver.reset();
	}

	@Test
	void aReRunTakesOnlyTheChosenFailedDocuments() throws Exception {
		// given three documents that failed because their objects were not there yet
		for (int n = 1; n <= 3; n++) {
			data.announce("invoices", "raw-invoices/doc-40%d/invoice.pdf".formatted(n), "0123456789abcdef0123456789abcdef");
		}
		launches.run("ocrJob", new Properties());
		assertThat(statuses()).containsOnly(Map.entry("doc-401", "FAILED"), Map.entry("doc-402", "FAILED"),
				Map.entry("doc-403", "FAILED"));
		for (int n = 1; n <= 3; n++) {
			data.store("invoices", "raw-invoices/doc-40%d/invoice.pdf".formatted(n), InvoicePdfs.invoice(n));
		}
		receiver.reset();

		// when one of them is re-run by id
		JobExecution byId = launches.run("rerunFailedJob", properties("documentIds", "doc-402"));

		// then only that one was processed again
		assertThat(byId.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(statuses()).containsEntry("doc-401", "FAILED").containsEntry("doc-402", "COMPLETED")
			.containsEntry("doc-403", "FAILED");
		assertThat(receiver.requests()).extracting(WebhookReceiver.Request::idempotencyKey)
			.containsExactly("doc-402:COMPLETED:2");

		// when the others are re-run by their error
		JobExecution byError = launches.run("rerunFailedJob", properties("errorContains", "NO LONGER EXISTS"));

		// then
		assertThat(byError.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(statuses()).containsOnly(Map.entry("doc-401", "COMPLETED"), Map.entry("doc-402", "COMPLETED"),
				Map.entry("doc-403", "COMPLETED"));
		assertThat(attempts()).containsOnly(Map.entry("doc-401", 2), Map.entry("doc-402", 2), Map.entry("doc-403", 2));
	}

	@Test
	void aReRunWithoutAChoiceIsRefusedWithTheReason() {
		assertThatThrownBy(() -> launches.run("rerunFailedJob", new Properties()))
			.isInstanceOf(InvalidJobParametersException.class)
			.hasMessageContaining("choose the FAILED documents")
			.hasMessageContaining("Usage:");
		assertThatThrownBy(() -> launches.run("rerunFailedJob", properties("maxAttempts", "zero")))
			.isInstanceOf(InvalidJobParametersException.class)
			.hasMessageContaining("maxAttempts");
		assertThatThrownBy(() -> launches.run("ocrJob", properties("bucket", "invoices")))
			.isInstanceOf(InvalidJobParametersException.class)
			.hasMessageContaining("takes no parameters");
	}

	@Test
	void aRunThatFailsOnTheDatabaseIsRestartedWhereItStopped() throws Exception {
		// given six invoices, and a database that refuses results once two are written
		for (int n = 1; n <= 6; n++) {
			data.upload("invoices", "raw-invoices/doc-50%d/invoice.pdf".formatted(n), InvoicePdfs.invoice(n));
		}
		jdbc.execute("""
				CREATE FUNCTION refuse_results() RETURNS trigger AS $$
				BEGIN
				  IF NEW.ocr_status = 'COMPLETED' AND (SELECT count(*) FROM ocr_document WHERE ocr_status = 'COMPLETED') >= 2 THEN
				    RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = '53100';
				  END IF;
				  RETURN NEW;
				END $$ LANGUAGE plpgsql
				""");
		jdbc.execute("CREATE TRIGGER refuse_results BEFORE UPDATE ON ocr_document FOR EACH ROW EXECUTE FUNCTION refuse_results()");
		JobExecution failed;
		try {
			// when
			failed = launches.run("ocrJob", new Properties());
		}
		finally {
			jdbc.execute("DROP TRIGGER refuse_results ON ocr_document");
			jdbc.execute("DROP FUNCTION refuse_results()");
		}

		// then the run failed with its documents still claimed, none lost
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(statuses().values()).contains("PROCESSING").doesNotContain("PENDING", "FAILED");
		long completedBefore = statuses().values().stream().filter("COMPLETED"::equals).count();

		// when the failed execution is restarted
		JobExecution restarted = launches.restart(failed.getId());
		JobExecution ended = awaitEnd(restarted.getId());

		// then it finished the rest and did not redo what was done
		assertThat(ended.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(statuses()).hasSize(6).containsOnlyKeys(ids("doc-50", 6)).doesNotContainValue("PROCESSING");
		assertThat(statuses().values()).containsOnly("COMPLETED");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM ocr_status_transition WHERE to_status = 'COMPLETED'",
				Long.class)).isEqualTo(6);
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM ocr_status_transition WHERE to_status = 'COMPLETED' AND job_execution_id = ?
				""", Long.class, restarted.getId())).isEqualTo(6 - completedBefore);
		assertThat(receiver.requests()).hasSize(6);
	}

	@Test
	void twoQueueTriggersAtOnceStartOneRun() throws Exception {
		// given messages waiting in the queue
		data.upload("invoices", "raw-invoices/doc-601/invoice.pdf", InvoicePdfs.invoice(1));
		data.upload("invoices", "raw-invoices/doc-602/invoice.pdf", InvoicePdfs.invoice(2));

		// when two triggers look at the queue at the same moment
		CountDownLatch start = new CountDownLatch(1);
		CompletableFuture<Optional<JobExecution>> first = CompletableFuture.supplyAsync(() -> trigger(start));
		CompletableFuture<Optional<JobExecution>> second = CompletableFuture.supplyAsync(() -> trigger(start));
		start.countDown();
		List<JobExecution> started = java.util.stream.Stream.of(first.get(), second.get()).flatMap(Optional::stream).toList();

		// then one run was started, and it processed the uploads
		assertThat(started).hasSize(1);
		assertThat(awaitEnd(started.get(0).getId()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM batch_job_instance WHERE job_name = 'ocrJob'", Long.class))
			.isEqualTo(1);
		assertThat(statuses()).containsOnly(Map.entry("doc-601", "COMPLETED"), Map.entry("doc-602", "COMPLETED"));
	}

	private Optional<JobExecution> trigger(CountDownLatch start) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return queueTriggeredLaunch.check();
	}

	private JobExecution awaitEnd(long executionId) {
		return await("execution " + executionId + " ended")
			.atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> jobRepository.getJobExecution(executionId), execution -> execution != null && !execution.isRunning());
	}

	private Map<String, String> statuses() {
		return new DocumentRows(jdbc).statuses();
	}

	private Map<String, Integer> attempts() {
		return new DocumentRows(jdbc).attempts();
	}

	private static Set<String> ids(String prefix, int count) {
		return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(n -> prefix + n).collect(Collectors.toSet());
	}

	private static Properties properties(String key, String value) {
		Properties properties = new Properties();
		properties.setProperty(key, value);
		return properties;
	}


}
