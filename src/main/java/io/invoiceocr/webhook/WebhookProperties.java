package io.invoiceocr.webhook;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The webhook that tells the main application about every result.
 *
 * @param url              where events are POSTed ({@code https://app.example.com/api/webhooks/ocr-result});
 *                         empty: events wait in the outbox until one is set (the local profile
 *                         starts a receiver of its own)
 * @param secret           the HMAC secret shared with the receiver; required with a url
 * @param timeout          connect and answer timeout of one attempt
 * @param maxAttempts      attempts before an event is dead
 * @param maxAge           an event older than this is dead, whatever its attempts
 * @param initialBackoff   wait after the first failed attempt (before jitter); doubles each attempt
 * @param maxBackoff       the longest wait between two attempts
 * @param batchSize        events per delivery transaction
 * @param processingEvents also send an event when a document is taken up (status PROCESSING)
 * @param deliverEvery     in service mode, how often due events are delivered; 0 turns it off
 */
@Validated
@ConfigurationProperties("invoice-ocr.webhook")
public record WebhookProperties(@DefaultValue("") String url, @DefaultValue("") String secret,
		@NotNull @DefaultValue("10s") Duration timeout, @Min(1) @Max(1000) @DefaultValue("12") int maxAttempts,
		@NotNull @DefaultValue("3d") Duration maxAge, @NotNull @DefaultValue("10s") Duration initialBackoff,
		@NotNull @DefaultValue("1h") Duration maxBackoff, @Min(1) @Max(10_000) @DefaultValue("50") int batchSize,
		@DefaultValue("false") boolean processingEvents, @NotNull @DefaultValue("30s") Duration deliverEvery) {

	public WebhookProperties {
		url = url == null ? "" : url.trim();
		secret = secret == null ? "" : secret.trim();
	}

	public DeliveryPolicy policy() {
		return new DeliveryPolicy(maxAttempts, maxAge, initialBackoff, maxBackoff);
	}

}
