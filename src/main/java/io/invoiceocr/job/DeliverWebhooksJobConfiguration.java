package io.invoiceocr.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code deliverWebhooksJob}: deliver the webhook events that are due, e.g. after the main
 * application was down; {@code requeueDead=true} first puts the dead ones back in the queue.
 */
@Configuration(proxyBeanMethods = false)
class DeliverWebhooksJobConfiguration {

	static final String REQUEUE_DEAD = "requeueDead";

	@Bean
	Job deliverWebhooksJob(JobRepository jobRepository, Step deliverStep) {
		return new JobBuilder("deliverWebhooksJob", jobRepository).incrementer(new UniqueRunIncrementer())
			.validator(parameters -> {
				String requeue = parameters.getString(REQUEUE_DEAD, "false").trim().toLowerCase(java.util.Locale.ROOT);
				if (!requeue.equals("true") && !requeue.equals("false")) {
					throw new InvalidJobParametersException(
							"deliverWebhooksJob: parameter 'requeueDead' must be true or false, not '" + requeue + "'");
				}
			})
			.start(deliverStep)
			.build();
	}

}
