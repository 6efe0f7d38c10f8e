package io.invoiceocr.job.step;

import io.invoiceocr.process.ProcessProperties;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * {@code processStep} with its partitions on threads of the process that runs the job
 * ({@code invoice-ocr.partitioning.mode=local}, the default; {@code remote} is in
 * {@code job.remote}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "invoice-ocr.partitioning.mode", havingValue = "local", matchIfMissing = true)
class LocalProcessStepConfiguration {

	@Bean
	Step processStep(JobRepository jobRepository, Step processPartitionStep, ClaimPartitioner claimPartitioner,
			ProcessProperties properties, ProcessingProgress progress) {
		return new StepBuilder("processStep", jobRepository).partitioner("processPartition", claimPartitioner)
			.step(processPartitionStep)
			.gridSize(properties.effectivePartitions())
			.taskExecutor(partitionThreads(properties.effectivePartitions()))
			.listener(progress)
			.build();
	}

	private static SimpleAsyncTaskExecutor partitionThreads(int partitions) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("process-");
		executor.setConcurrencyLimit(partitions);
		return executor;
	}

}
