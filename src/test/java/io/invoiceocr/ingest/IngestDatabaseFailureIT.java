package io.invoiceocr.ingest;

import java.time.Duration;

import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.Jobs;
import io.invoiceocr.support.StagingOnlyJob;
import io.invoiceocr.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.invoiceocr.support.TestData.s3Put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A database failure in the middle of a run: the failed chunk's messages stay in the queue, come
 * back after their visibility timeout, and a later run stages them. Nothing lost, nothing twice.
 */
@IntegrationTest
class IngestDatabaseFailureIT {

	@Autowired
	TestData data;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	@Qualifier(StagingOnlyJob.NAME)
	Job stagingOnlyJob;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void reset() {
		data.reset();
	}

	@AfterEach
	void healDatabase() {
		data.healDatabase();
	}

	@Test
	void aChunkThatFailsToCommitLeavesItsMessagesForTheNextRun() {
		// given 12 uploads, and a database that fails once 5 documents are stored (chunks are 5)
		for (int i = 1; i <= 12; i++) {
			data.send(s3Put("invoices", "raw-invoices/batch-" + i + ".pdf", null));
		}
		data.failInsertsOnceDocumentsReach(5);

		// when the run meets the failure
		JobExecution failed = Jobs.run(jobOperator, stagingOnlyJob);

		// then the first chunk is committed and deleted, the rest of the messages are still queued
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.getAllFailureExceptions()).isNotEmpty();
		assertThat(data.count("ocr_document")).isEqualTo(5);
		assertThat(data.queueDepth()).isEqualTo(7);

		// when the database is back and the failed chunk's messages have become visible again
		data.healDatabase();
		await("the failed chunk's 7 messages visible again").atMost(Duration.ofSeconds(30))
			.until(data::visibleMessages, visible -> visible == 7);
		JobExecution next = Jobs.run(jobOperator, stagingOnlyJob);

		// then every upload is staged exactly once and the queue is empty
		assertThat(next.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(jdbc.queryForObject("SELECT count(DISTINCT object_key) FROM ocr_document", Long.class)).isEqualTo(12);
		assertThat(data.count("ocr_document")).isEqualTo(12);
		assertThat(data.count("ocr_status_transition")).isEqualTo(12);
		assertThat(data.queueDepth()).isZero();
	}

}
