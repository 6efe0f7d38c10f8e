package io.invoiceocr.job;

import io.invoiceocr.document.DocumentClaims;
import io.invoiceocr.document.OcrDocument;
import io.invoiceocr.job.remote.RemotePartitioning;
import io.invoiceocr.process.DocumentProcessor;
import io.invoiceocr.process.ProcessProperties;
import io.invoiceocr.process.ProcessedDocument;
import io.invoiceocr.process.ResultRecorder;
import io.invoiceocr.webhook.WebhookDelivery;
import io.invoiceocr.webhook.WebhookEvents;
import io.invoiceocr.webhook.WebhookOutbox;
import io.invoiceocr.webhook.WebhookProperties;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The processing steps the jobs share: claim the documents, process them in partitions (each a
 * chunk-oriented step over its claimed documents: fetch, OCR, extract, write result and webhook
 * event), deliver the webhook events.
 */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

	/** Claims PENDING documents (none in a dry run). */
	@Bean
	Step claimStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ClaimTasklet pendingClaimTasklet) {
		return new StepBuilder("claimStep", jobRepository).tasklet(pendingClaimTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	ClaimTasklet pendingClaimTasklet(DocumentClaims claims, ClaimRelease release, WebhookEvents events,
			ProcessProperties properties,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		boolean dryRun = ParameterValues.flag(stepExecution.getJobExecution().getJobParameters(), BackfillParameters.DRY_RUN);
		return new ClaimTasklet(claims, release, events,
				(jobExecutionId, partitions) -> dryRun ? new DocumentClaims.Claim(jobExecutionId, java.util.Map.of())
						: claims.claim(jobExecutionId, partitions, properties.maxDocumentsPerRun(), properties.lease()),
				properties.effectivePartitions());
	}

	/** Puts the chosen FAILED documents back and claims exactly those. */
	@Bean
	Step rerunClaimStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ClaimTasklet failedClaimTasklet) {
		return new StepBuilder("rerunClaimStep", jobRepository).tasklet(failedClaimTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	ClaimTasklet failedClaimTasklet(DocumentClaims claims, ClaimRelease release, WebhookEvents events,
			ProcessProperties properties,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		DocumentClaims.FailedSelection selection = RerunParameters
			.toSelection(stepExecution.getJobExecution().getJobParameters());
		return new ClaimTasklet(claims, release, events, (jobExecutionId, partitions) -> claims.claimFailed(jobExecutionId,
				partitions, properties.maxDocumentsPerRun(), properties.lease(), selection), properties.effectivePartitions());
	}

	/**
	 * The claimed documents, partition by partition: each partition on its own thread, or in a worker
	 * process (remote partitioning).
	 */
	@Bean
	Step processStep(JobRepository jobRepository, Step processPartitionStep, ClaimPartitioner claimPartitioner,
			ProcessProperties properties, ProcessingProgress progress, RemotePartitioning remote) throws Exception {
		if (remote.enabled()) {
			// each partition a request to the workers; the run waits for their results in the job repository
			return new StepBuilder("processStep", jobRepository).partitioner("processPartition", claimPartitioner)
				.partitionHandler(remote.partitionHandler("processPartition", properties.effectivePartitions()))
				.aggregator(remote.aggregator("processPartition"))
				.listener(progress)
				.listener(remote.leaseWatcher())
				.build();
		}
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("process-");
		executor.setConcurrencyLimit(properties.effectivePartitions());
		return new StepBuilder("processStep", jobRepository).partitioner("processPartition", claimPartitioner)
			.step(processPartitionStep)
			.gridSize(properties.effectivePartitions())
			.taskExecutor(executor)
			.listener(progress)
			.build();
	}

	@Bean
	@StepScope
	ClaimPartitioner claimPartitioner(@Value("#{jobExecutionContext['" + ClaimTasklet.CLAIM_EXECUTION + "']}") Long claim,
			@Value("#{jobExecutionContext['" + ClaimTasklet.PARTITIONS + "']}") Integer partitions) {
		if (claim == null || partitions == null) {
			throw new IllegalStateException("no claim in this run's context: the claim step did not run");
		}
		return new ClaimPartitioner(claim, partitions);
	}

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
	ClaimedDocumentReader claimedDocumentReader(DocumentClaims claims, ProcessProperties properties,
			PlatformTransactionManager transactionManager, ClaimRelease release,
			@Value("#{stepExecutionContext['" + ClaimTasklet.CLAIM_EXECUTION + "']}") long claim,
			@Value("#{stepExecutionContext['" + ClaimPartitioner.PARTITION + "']}") int partition) {
		return new ClaimedDocumentReader(claims, claim, partition, properties.chunkSize(), properties.lease(),
				ownTransaction(transactionManager), release);
	}

	/** The processor is lazy (it holds the OCR engine): a partition takes it when it starts. */
	@Bean
	@StepScope
	ReadingMarkedProcessor readingMarkedProcessor(DocumentClaims claims, ObjectProvider<DocumentProcessor> documentProcessor,
			PlatformTransactionManager transactionManager,
			@Value("#{stepExecutionContext['" + ClaimTasklet.CLAIM_EXECUTION + "']}") long claim) {
		return new ReadingMarkedProcessor(claims, documentProcessor.getObject(), claim, ownTransaction(transactionManager));
	}

	private static TransactionTemplate ownTransaction(PlatformTransactionManager transactionManager) {
		TransactionTemplate own = new TransactionTemplate(transactionManager);
		own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return own;
	}

	@Bean
	@StepScope
	ProcessedDocumentWriter processedDocumentWriter(ResultRecorder recorder, ProcessingProgress progress,
			@Value("#{stepExecutionContext['" + ClaimTasklet.CLAIM_EXECUTION + "']}") long claim,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return new ProcessedDocumentWriter(recorder, progress, claim, stepExecution.getJobExecution().getId());
	}

	/**
	 * Delivers the webhook events that are due (those of this run and earlier ones). The step's own
	 * transaction holds no connection: the delivery claims, and records each answer, in transactions
	 * of its own, and waits on the receiver with none open (the job repository writes the step's
	 * counts in its own).
	 */
	@Bean
	Step deliverStep(JobRepository jobRepository, DeliverTasklet deliverTasklet) {
		return new StepBuilder("deliverStep", jobRepository).tasklet(deliverTasklet, new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	DeliveryAfterFailedRun deliveryAfterFailedRun(WebhookDelivery delivery, WebhookProperties properties) {
		return new DeliveryAfterFailedRun(delivery, properties.batchSize());
	}

	@Bean
	@StepScope
	DeliverTasklet deliverTasklet(WebhookDelivery delivery, WebhookOutbox outbox, WebhookProperties properties,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		JobParameters parameters = stepExecution.getJobExecution().getJobParameters();
		return new DeliverTasklet(delivery, outbox, properties.batchSize(),
				ParameterValues.flag(parameters, DeliverWebhooksJobConfiguration.REQUEUE_DEAD));
	}

}
