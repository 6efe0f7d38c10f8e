package io.invoiceocr.local;

import java.io.IOException;

import io.invoiceocr.webhook.WebhookProperties;
import io.invoiceocr.webhook.WebhookTarget;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * In the local profile, results are delivered to a receiver on loopback that checks their
 * signatures, unless {@code invoice-ocr.webhook.url} names a real one.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class LocalWebhookConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LocalWebhookConfiguration.class);

	/** The secret of the local receiver when none is configured; it never leaves the machine. */
	static final String LOCAL_SECRET = "local-webhook-secret";

	@Bean(destroyMethod = "close")
	LocalWebhookReceiver localWebhookReceiver(WebhookProperties properties) throws IOException {
		LocalWebhookReceiver receiver = LocalWebhookReceiver
			.start(properties.secret().isEmpty() ? LOCAL_SECRET : properties.secret());
		return receiver;
	}

	@Bean
	WebhookTarget webhookTarget(WebhookProperties properties, ObjectProvider<LocalWebhookReceiver> receiver) {
		if (!properties.url().isEmpty()) {
			return WebhookTarget.of(properties);
		}
		LocalWebhookReceiver local = receiver.getObject();
		log.info("Webhook receiver on loopback: {} (set invoice-ocr.webhook.url to deliver elsewhere)", local.url());
		return new WebhookTarget(local.url(),
				properties.secret().isEmpty() ? LOCAL_SECRET : properties.secret());
	}

}
