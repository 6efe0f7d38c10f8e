package io.invoiceocr.job;

import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.ingest.DocumentIdResolver;
import io.invoiceocr.ingest.IngestMetrics;
import io.invoiceocr.ingest.IngestProperties;
import io.invoiceocr.ingest.ObjectToStage;
import io.invoiceocr.ingest.backfill.BackfillRequest;
import io.invoiceocr.job.step.BackfillStagingWriter;
import io.invoiceocr.job.step.S3ListingReader;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code backfillJob}: stage the historical invoices under an S3 prefix, then process them like
 * {@code ocrJob} does (a dry run only counts what it would stage). Restartable: a failed run
 * launched again with the same parameters lists on from the last committed key, and its
 * processing goes on with the documents it had claimed.
 */
@Configuration(proxyBeanMethods = false)
class BackfillJobConfiguration {

	@Bean
	Job backfillJob(ProcessingJobs jobs, Step backfillStep, Step claimStep, IngestProperties ingest) {
		return jobs.job("backfillJob", new BackfillParameters(ingest), backfillStep, claimStep);
	}

	@Bean
	Step backfillStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			S3ListingReader s3ListingReader, BackfillStagingWriter backfillStagingWriter, JobProperties properties) {
		return new StepBuilder("backfillStep", jobRepository).<ObjectToStage, ObjectToStage>chunk(properties.backfillChunkSize())
			.transactionManager(transactionManager)
			.reader(s3ListingReader)
			.writer(backfillStagingWriter)
			.build();
	}

	@Bean
	@StepScope
	S3ListingReader s3ListingReader(S3Client s3, @Value("#{stepExecution}") StepExecution stepExecution,
			JobProperties properties) {
		return new S3ListingReader(s3, request(stepExecution), properties.backfillPageSize());
	}

	@Bean
	@StepScope
	BackfillStagingWriter backfillStagingWriter(DocumentIdResolver idResolver, OcrDocumentRepository documents,
			@Value("#{stepExecution}") StepExecution stepExecution, IngestMetrics metrics) {
		return new BackfillStagingWriter(idResolver, documents, stepExecution, metrics,
				request(stepExecution).dryRun());
	}

	private static BackfillRequest request(StepExecution stepExecution) {
		JobParameters parameters = stepExecution.getJobExecution().getJobParameters();
		return BackfillParameters.toRequest(parameters);
	}

}
