package io.invoiceocr.launch.trigger;

import io.invoiceocr.ingest.sqs.IngestQueue;
import io.invoiceocr.job.remote.PartitioningProperties;
import io.invoiceocr.launch.JobLaunches;
import io.invoiceocr.webhook.WebhookDelivery;
import io.invoiceocr.webhook.WebhookProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Service mode only (a command-line run does one job and exits): the launches the service makes by itself. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class ServiceLaunchConfiguration {

	@Bean
	QueueTriggeredLaunch queueTriggeredLaunch(IngestQueue queue, JobLaunches launches) {
		return new QueueTriggeredLaunch(queue, launches);
	}

	@Bean
	ServiceSchedules serviceSchedules(LaunchProperties launch, WebhookProperties webhook, JobLaunches launches,
			QueueTriggeredLaunch queueTriggeredLaunch, WebhookDelivery delivery, PartitioningProperties partitioning) {
		return new ServiceSchedules(launch, webhook, launches, queueTriggeredLaunch, delivery, partitioning);
	}

}
