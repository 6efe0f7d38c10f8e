package io.invoiceocr.job;

import java.util.List;
import java.util.Properties;

import io.invoiceocr.document.DocumentSource;
import io.invoiceocr.document.NewDocument;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.launch.JobLaunches;
import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.TestData;
import io.invoiceocr.webhook.WebhookOutbox;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cleanupJob} removes old finished job metadata and old delivered webhooks, and keeps
 * recent, running and restartable executions, pending and dead webhooks, and every document.
 */
@IntegrationTest
class CleanupIT {

	@Autowired
	TestData data;

	@Autowired
	JobLaunches launches;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OcrDocumentRepository documents;

	@Autowired
	WebhookOutbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void oldFinishedMetadataAndOldDeliveredWebhooksGoTheRestStays() throws Exception {
		// given three finished runs: one old, one recent, and one old that failed (restartable)
		data.reset();
		long old = launches.run("deliverWebhooksJob", new Properties()).getId();
		long recent = launches.run("deliverWebhooksJob", new Properties()).getId();
		long failed = launches.run("deliverWebhooksJob", new Properties()).getId();
		jdbc.update("UPDATE batch_job_execution SET end_time = end_time - interval '100 days' WHERE job_execution_id IN (?, ?)",
				old, failed);
		jdbc.update("UPDATE batch_job_execution SET status = 'FAILED' WHERE job_execution_id = ?", failed);
		// and webhook events: delivered long ago, delivered lately, dead long ago, pending
		transaction.executeWithoutResult(status -> {
			documents.stage(List.of(new NewDocument("doc-1", "invoices", "raw-invoices/doc-1.pdf", null, null, 10L, null,
					DocumentSource.SQS, null, "m-1")), null);
			for (String key : List.of("old-delivered", "new-delivered", "old-dead", "pending")) {
				outbox.add("doc-1", "COMPLETED", key, "{}");
			}
		});
		jdbc.update("UPDATE webhook_outbox SET status = 'DELIVERED', delivered_at = now() - interval '40 days' "
				+ "WHERE idempotency_key = 'old-delivered'");
		jdbc.update("UPDATE webhook_outbox SET status = 'DELIVERED', delivered_at = now() WHERE idempotency_key = 'new-delivered'");
		jdbc.update("UPDATE webhook_outbox SET status = 'DEAD', dead_at = now() - interval '40 days', "
				+ "created_at = now() - interval '40 days' WHERE idempotency_key = 'old-dead'");

		// when
		JobExecution cleanup = launches.run("cleanupJob", new Properties());

		// then the old finished run is gone with its steps and parameters; the others stay
		assertThat(cleanup.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(jdbc.queryForList("SELECT job_execution_id FROM batch_job_execution ORDER BY 1", Long.class))
			.containsExactly(recent, failed, cleanup.getId());
		assertThat(count("SELECT count(*) FROM batch_step_execution WHERE job_execution_id = " + old)).isZero();
		assertThat(count("SELECT count(*) FROM batch_job_execution_params WHERE job_execution_id = " + old)).isZero();
		assertThat(count("SELECT count(*) FROM batch_job_instance")).isEqualTo(3);
		assertThat(jdbc.queryForList("SELECT idempotency_key FROM webhook_outbox ORDER BY 1", String.class))
			.containsExactly("new-delivered", "old-dead", "pending");
		assertThat(count("SELECT count(*) FROM ocr_document")).isEqualTo(1);
		assertThat(cleanup.getStepExecutions()).singleElement()
			.satisfies(step -> assertThat(step.getExecutionContext().getInt(CleanupJobConfiguration.REMOVED_EXECUTIONS))
				.isEqualTo(1));
	}

	private long count(String sql) {
		Long count = jdbc.queryForObject(sql, Long.class);
		return count == null ? 0 : count;
	}

}
