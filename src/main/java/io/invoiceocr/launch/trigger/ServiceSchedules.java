package io.invoiceocr.launch.trigger;

import java.util.Map;
import java.util.Properties;

import io.invoiceocr.job.remote.PartitioningProperties;
import io.invoiceocr.launch.JobLaunches;
import io.invoiceocr.launch.ShuttingDownException;
import io.invoiceocr.webhook.WebhookDelivery;
import io.invoiceocr.webhook.WebhookProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronExpression;

/**
 * What the service does by itself (service mode only; a command-line run does one job and exits):
 * jobs on their cron schedules, {@code ocrJob} when the upload queue has messages, and delivery of
 * the webhook events that fall due between runs.
 */
class ServiceSchedules implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(ServiceSchedules.class);

	private final LaunchProperties launch;

	private final WebhookProperties webhook;

	private final JobLaunches launches;

	private final QueueTriggeredLaunch queueTrigger;

	private final WebhookDelivery delivery;

	private final PartitioningProperties partitioning;

	ServiceSchedules(LaunchProperties launch, WebhookProperties webhook, JobLaunches launches,
			QueueTriggeredLaunch queueTrigger, WebhookDelivery delivery, PartitioningProperties partitioning) {
		this.launch = launch;
		this.webhook = webhook;
		this.launches = launches;
		this.queueTrigger = queueTrigger;
		this.delivery = delivery;
		this.partitioning = partitioning;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (partitioning.worker().enabled()) {
			// a worker runs the partitions of other processes' runs; settings shared with them launch nothing here
			log.info("Worker of remote partitioning: no scheduled or queue-triggered launches, no webhook delivery");
			return;
		}
		for (Map.Entry<String, String> schedule : launch.schedules().entrySet()) {
			String jobName = schedule.getKey();
			if (!launches.jobNames().contains(jobName)) {
				throw new IllegalArgumentException("invoice-ocr.launch.schedules names no job '" + jobName + "'; the jobs are "
						+ launches.jobNames());
			}
			if (!CronExpression.isValidExpression(schedule.getValue())) {
				throw new IllegalArgumentException("invoice-ocr.launch.schedules." + jobName + " is not a cron expression "
						+ "(six fields, seconds first): '" + schedule.getValue() + "'");
			}
			registrar.addCronTask(() -> scheduled(jobName), schedule.getValue());
			log.info("{} runs on the schedule '{}'", jobName, schedule.getValue());
		}
		if (launch.onQueueMessages()) {
			registrar.addFixedDelayTask(queueTrigger::check, launch.queuePoll());
			log.info("ocrJob starts when the upload queue has messages (looked at every {})", launch.queuePoll());
		}
		if (!webhook.deliverEvery().isZero() && delivery.configured()) {
			registrar.addFixedDelayTask(() -> delivery.deliverDue(webhook.batchSize()), webhook.deliverEvery());
		}
	}

	private void scheduled(String jobName) {
		try {
			launches.start(jobName, new Properties());
		}
		catch (JobExecutionAlreadyRunningException | ShuttingDownException ex) {
			log.info("Scheduled {} skipped: {}", jobName, ex.getMessage());
		}
		catch (Exception ex) {
			log.error("Scheduled {} could not be started", jobName, ex);
		}
	}

}
