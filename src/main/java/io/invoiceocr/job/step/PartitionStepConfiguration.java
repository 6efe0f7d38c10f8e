package io.invoiceocr.job.step;

import io.invoiceocr.document.DocumentClaims;
import io.invoiceocr.document.OcrDocument;
import io.invoiceocr.job.RunLogContext;
import io.invoiceocr.process.DocumentProcessor;
import io.invoiceocr.process.ProcessProperties;
import io.invoiceocr.process.ProcessedDocument;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * One partition of {@code processStep}: a chunk-oriented step over the documents its claim gave
 * it (fetch, OCR, extract, then the result and its webhook event written together). The partitions
 * run on threads of this process or in workers; either way each is this step.
 */
@Configuration(proxyBeanMethods = false)
class PartitionStepConfiguration {

	@Bean
	Step processPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ClaimedDocumentReader claimedDocumentReader, ReadingMarkedProcessor readingMarkedProcessor,
			ProcessedDocumentWriter processedDocumentWriter, ProcessProperties properties, RunLogContext logContext) {
		return new StepBuilder("processPartition", jobRepository)
			.<OcrDocument, ProcessedDocument>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(claimedDocumentReader)
			.processor(readingMarkedProcessor)
			.writer(processedDocumentWriter)
			.listener(logContext)
			.build();
	}

	@Bean
	@StepScope
	ClaimPartitioner claimPartitioner(@Value("#{jobExecutionContext['" + ClaimTasklet.CLAIM_EXECUTION + "']}") Long claim,
			@Value("#{jobExecutionContext['" + ClaimTasklet.PARTITIONS + "']}") Integer partitions) {
		return ClaimPartitioner.ofClaim(claim, partitions);
	}

	@Bean
	@StepScope
	ClaimedDocumentReader claimedDocumentReader(DocumentClaims claims, ProcessProperties properties,
			PlatformTransactionManager transactionManager, ClaimRelease release,
			@Value("#{stepExecutionContext['" + ClaimTasklet.CLAIM_EXECUTION + "']}") long claim,
			@Value("#{stepExecutionContext['" + ClaimPartitioner.PARTITION + "']}") int partition) {
		return new ClaimedDocumentReader(claims, claim, partition, properties.chunkSize(), properties.lease(),
				OwnTransaction.of(transactionManager), release);
	}

	/** The processor is lazy (it holds the OCR engine): a partition takes it when it starts. */
	@Bean
	@StepScope
	ReadingMarkedProcessor readingMarkedProcessor(DocumentClaims claims, ObjectProvider<DocumentProcessor> documentProcessor,
			PlatformTransactionManager transactionManager,
			@Value("#{stepExecutionContext['" + ClaimTasklet.CLAIM_EXECUTION + "']}") long claim) {
		return new ReadingMarkedProcessor(claims, documentProcessor.getObject(), claim, OwnTransaction.of(transactionManager));
	}

	@Bean
	@StepScope
	ProcessedDocumentWriter processedDocumentWriter(ResultRecorder recorder, ProcessingProgress progress,
			@Value("#{stepExecutionContext['" + ClaimTasklet.CLAIM_EXECUTION + "']}") long claim,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return new ProcessedDocumentWriter(recorder, progress, claim, stepExecution.getJobExecution().getId());
	}

}
