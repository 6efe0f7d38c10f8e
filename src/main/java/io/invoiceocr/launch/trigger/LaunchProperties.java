package io.invoiceocr.launch.trigger;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * How the service (not a command-line run) launches jobs by itself.
 *
 * @param onQueueMessages start {@code ocrJob} when the upload queue has messages and no run is going on
 * @param queuePoll       how often the queue is looked at for that
 * @param schedules       cron expressions per job name (Spring's six fields, seconds first), e.g.
 *                        {@code ocrJob: "0 *&#47;15 * * * *"}
 */
@Validated
@ConfigurationProperties("invoice-ocr.launch")
public record LaunchProperties(@DefaultValue("false") boolean onQueueMessages,
		@NotNull @DefaultValue("30s") Duration queuePoll, @NotNull @DefaultValue Map<String, String> schedules) {
}
