package io.invoiceocr.job.remote;

import io.invoiceocr.job.step.ProcessingProgress;
import io.invoiceocr.process.ProcessProperties;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code processStep} with each partition a request to the workers
 * ({@code invoice-ocr.partitioning.mode=remote}): the run waits for their results in the job
 * repository, and fails the partitions of workers that died.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "invoice-ocr.partitioning.mode", havingValue = "remote")
class RemoteProcessStepConfiguration {

	@Bean
	Step processStep(JobRepository jobRepository, Partitioner claimPartitioner, ProcessProperties properties,
			ProcessingProgress progress, RemotePartitioning remote) throws Exception {
		return new StepBuilder("processStep", jobRepository).partitioner("processPartition", claimPartitioner)
			.partitionHandler(remote.partitionHandler("processPartition", properties.effectivePartitions()))
			.aggregator(remote.aggregator("processPartition"))
			.listener(progress)
			.listener(remote.leaseWatcher())
			.build();
	}

}
