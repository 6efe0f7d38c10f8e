package io.invoiceocr.job;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What {@code cleanupJob} removes.
 *
 * @param jobMetadataAfter       job instances whose last run COMPLETED (or was abandoned) longer ago
 *                               than this lose their job repository rows; running and restartable
 *                               ones are kept whatever their age
 * @param deliveredWebhooksAfter delivered webhook events older than this are deleted; pending and
 *                               dead ones are kept
 */
@Validated
@ConfigurationProperties("invoice-ocr.cleanup")
public record CleanupProperties(@NotNull @DefaultValue("90d") Duration jobMetadataAfter,
		@NotNull @DefaultValue("30d") Duration deliveredWebhooksAfter) {
}
