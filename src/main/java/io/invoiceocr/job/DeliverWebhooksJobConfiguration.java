package io.invoiceocr.job;

import java.util.Set;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code deliverWebhooksJob}: deliver the webhook events that are due, e.g. after the main
 * application was down; {@code requeueDead=true} first puts the dead ones back in the queue.
 */
@Configuration(proxyBeanMethods = false)
public class DeliverWebhooksJobConfiguration {

	public static final String REQUEUE_DEAD = "requeueDead";

	@Bean
	Job deliverWebhooksJob(JobRepository jobRepository, Step deliverStep, RunLogContext logContext) {
		return new JobBuilder("deliverWebhooksJob", jobRepository)
			.validator(NewInstanceEachLaunch.checking(new KnownParameters("deliverWebhooksJob", Set.of(REQUEUE_DEAD))))
			.start(deliverStep)
			.listener(logContext)
			.build();
	}

}
