package io.invoiceocr.ingest;

import java.util.Map;
import java.util.stream.IntStream;

import io.invoiceocr.document.DocumentSource;
import io.invoiceocr.document.OcrDocument;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.Jobs;
import io.invoiceocr.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * backfillJob against S3Proxy: lists a prefix in pages, stages what it finds, and a failed run
 * launched again continues after the last key it committed.
 */
@IntegrationTest
class BackfillIT {

	private static final int OBJECTS = 23;

	@Autowired
	TestData data;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	@Qualifier("backfillJob")
	Job backfillJob;

	@Autowired
	OcrDocumentRepository documents;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void givenAnArchiveOfHistoricalInvoices() {
		data.reset();
		// 23 invoices (zero-padded, so key order is number order), a folder marker, and a
		// neighbouring prefix that must not be listed
		IntStream.rangeClosed(1, OBJECTS)
			.forEach(i -> data.put("invoices", "archive/2023/inv-%03d.pdf".formatted(i), "pdf " + i, Map.of()));
		data.put("invoices", "archive/2023/", "", Map.of());
		data.put("invoices", "archive/2024/inv-001.pdf", "other year", Map.of());
	}

	@AfterEach
	void healDatabase() {
		data.healDatabase();
	}

	@Test
	void stagesEveryObjectUnderThePrefixAndNothingElse() {
		// when
		JobExecution execution = Jobs.run(jobOperator, backfillJob, backfill("archive/2023/").toJobParameters());

		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(documents.findRecent(100)).hasSize(OBJECTS)
			.allSatisfy(document -> assertThat(document.objectKey()).startsWith("archive/2023/inv-"))
			.extracting(OcrDocument::source)
			.containsOnly(DocumentSource.BACKFILL);
	}

	@Test
	void aRestartedBackfillContinuesAfterTheLastCommittedKey() {
		// given a database that fails once 10 documents are stored (chunks are 5)
		data.failInsertsOnceDocumentsReach(10);
		JobParameters parameters = backfill("archive/2023/").toJobParameters();

		// when the first run fails
		JobExecution failed = Jobs.run(jobOperator, backfillJob, parameters);

		// then it committed two chunks and remembers the last key of the second
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(data.count("ocr_document")).isEqualTo(10);
		StepExecution failedStep = failed.getStepExecutions().iterator().next();
		assertThat(failedStep.getExecutionContext().getString("backfill.lastKey")).isEqualTo("archive/2023/inv-010.pdf");
		assertThat(failedStep.getExecutionContext().getLong("backfill.staged")).isEqualTo(10);

		// when the same backfill is launched again with the database healed
		data.healDatabase();
		JobExecution restarted = Jobs.run(jobOperator, backfillJob, parameters);

		// then it is the same job instance, it read only the 13 remaining objects, and every
		// object is staged exactly once
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
		StepExecution restartedStep = restarted.getStepExecutions().iterator().next();
		assertThat(restartedStep.getReadCount()).isEqualTo(OBJECTS - 10);
		assertThat(restartedStep.getExecutionContext().getLong("backfill.duplicates", 0L)).isZero();
		assertThat(restartedStep.getExecutionContext().getLong("backfill.staged")).isEqualTo(OBJECTS);
		assertThat(data.count("ocr_document")).isEqualTo(OBJECTS);
		assertThat(jdbc.queryForObject("SELECT count(DISTINCT object_key) FROM ocr_document", Long.class))
			.isEqualTo(OBJECTS);
	}

	@Test
	void aDryRunCountsWithoutStaging() {
		// when
		JobExecution execution = Jobs.run(jobOperator, backfillJob,
				backfill("archive/2023/").addString("dryRun", "true").toJobParameters());

		// then
		StepExecution step = execution.getStepExecutions().iterator().next();
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(step.getExecutionContext().getLong("backfill.wouldStage")).isEqualTo(OBJECTS);
		assertThat(step.getExecutionContext().getLong("backfill.wouldStageBytes")).isPositive();
		assertThat(data.count("ocr_document")).isZero();
	}

	@Test
	void theLastModifiedWindowSelectsObjects() {
		// given objects that were all written just now
		// when one backfill asks for objects older than 2001 and another for those newer than 2001
		JobExecution old = Jobs.run(jobOperator, backfillJob,
				backfill("archive/2023/").addString("modifiedBefore", "2001-01-01").toJobParameters());
		long stagedByOld = data.count("ocr_document");
		JobExecution recent = Jobs.run(jobOperator, backfillJob,
				backfill("archive/2023/").addString("modifiedAfter", "2001-01-01T00:00:00Z").toJobParameters());

		// then only the second finds them
		assertThat(old.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(stagedByOld).isZero();
		assertThat(recent.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(data.count("ocr_document")).isEqualTo(OBJECTS);
	}

	@Test
	void rejectsParametersThatCannotWork() {
		assertThatThrownBy(() -> jobOperator.start(backfillJob,
				new JobParametersBuilder().addString("bucket", "not-ours").addString("prefix", "x/").toJobParameters()))
			.isInstanceOf(InvalidJobParametersException.class)
			.hasMessageContaining("bucket 'not-ours' is not a configured source");
		assertThatThrownBy(() -> jobOperator.start(backfillJob,
				backfill("archive/").addString("modifiedAfter", "yesterday").toJobParameters()))
			.isInstanceOf(InvalidJobParametersException.class)
			.hasMessageContaining("'modifiedAfter' is not an ISO date");
		assertThatThrownBy(() -> jobOperator.start(backfillJob,
				new JobParametersBuilder().addString("prefix", "archive/").toJobParameters()))
			.isInstanceOf(InvalidJobParametersException.class)
			.hasMessageContaining("'bucket' is required");
		assertThatThrownBy(() -> jobOperator.start(backfillJob,
				backfill("exports/").toJobParameters()))
			.isInstanceOf(InvalidJobParametersException.class)
			.hasMessageContaining("prefix 'exports/' is not inside the configured prefixes");
		assertThatThrownBy(() -> jobOperator.start(backfillJob,
				backfill("archive/").addString("dryRun", "yes").toJobParameters()))
			.isInstanceOf(InvalidJobParametersException.class)
			.hasMessageContaining("'dryRun' must be true or false");
	}

	private static JobParametersBuilder backfill(String prefix) {
		return new JobParametersBuilder().addString("bucket", "invoices").addString("prefix", prefix);
	}

}
