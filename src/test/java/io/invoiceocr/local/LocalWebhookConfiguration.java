package io.invoiceocr.local;

import java.io.IOException;

import io.invoiceocr.webhook.WebhookProperties;
import io.invoiceocr.webhook.WebhookTarget;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;

/**
 * Results are delivered to a receiver on loopback that checks their signatures, unless
 * {@code invoice-ocr.webhook.url} names a real one (then the service's own target applies). The
 * receiver verifies with {@code invoice-ocr.webhook.secret}, which the {@code local} profile sets.
 */
@ConditionalOnBlankProperty("invoice-ocr.webhook.url")
class LocalWebhookConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LocalWebhookConfiguration.class);

	@Bean(destroyMethod = "close")
	LocalWebhookReceiver localWebhookReceiver(WebhookProperties properties) throws IOException {
		LocalWebhookReceiver receiver = LocalWebhookReceiver.start(properties.secret());
		log.info("Webhook receiver on loopback: {} (set invoice-ocr.webhook.url to deliver elsewhere)", receiver.url());
		return receiver;
	}

	@Bean
	WebhookTarget webhookTarget(LocalWebhookReceiver receiver, WebhookProperties properties) {
		return new WebhookTarget(receiver.url(), properties.secret());
	}

}
