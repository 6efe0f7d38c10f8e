package io.invoiceocr.job;

import java.util.Set;

import io.invoiceocr.ingest.InboundMessage;
import io.invoiceocr.ingest.IngestMetrics;
import io.invoiceocr.ingest.IngestProperties;
import io.invoiceocr.ingest.MessageIntake;
import io.invoiceocr.ingest.MessageStager;
import io.invoiceocr.ingest.TriagedMessage;
import io.invoiceocr.ingest.sqs.IngestQueue;
import io.invoiceocr.job.step.IngestProgress;
import io.invoiceocr.job.step.IngestProgressListener;
import io.invoiceocr.job.step.SqsMessageReader;
import io.invoiceocr.job.step.SqsStagingWriter;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code ocrJob}, the main job: drain the upload queue into the staging table, claim the PENDING
 * documents, process them in partitions and deliver the webhook events. Every launch is a new job
 * instance (the queue and the table, not the run, hold what is left to do); a failed run can be
 * restarted and goes on where it stopped.
 */
@Configuration(proxyBeanMethods = false)
class OcrJobConfiguration {

	@Bean
	Job ocrJob(ProcessingJobs jobs, Step ingestStep, Step claimStep) {
		return jobs.job("ocrJob", NewInstanceEachLaunch.checking(new KnownParameters("ocrJob", Set.of())), ingestStep,
				claimStep);
	}

	@Bean
	Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SqsMessageReader sqsMessageReader, MessageIntake intake, SqsStagingWriter sqsStagingWriter,
			IngestProperties properties, IngestProgressListener progressListener) {
		return new StepBuilder("ingestStep", jobRepository).<InboundMessage, TriagedMessage>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(sqsMessageReader)
			.processor(intake::process)
			.writer(sqsStagingWriter)
			.listener(progressListener)
			.build();
	}

	@Bean
	@StepScope
	SqsMessageReader sqsMessageReader(IngestQueue queue, IngestProperties properties) {
		return new SqsMessageReader(queue, properties);
	}

	@Bean
	@StepScope
	IngestProgress ingestProgress() {
		return new IngestProgress();
	}

	@Bean
	@StepScope
	SqsStagingWriter sqsStagingWriter(MessageStager stager, IngestQueue queue,
			@Value("#{stepExecution}") StepExecution stepExecution, IngestProgress ingestProgress, IngestMetrics metrics) {
		return new SqsStagingWriter(stager, queue, stepExecution, ingestProgress, metrics);
	}

	@Bean
	IngestProgressListener ingestProgressListener(IngestProgress ingestProgress) {
		return new IngestProgressListener(ingestProgress);
	}

}
