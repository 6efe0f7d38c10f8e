package io.invoiceocr.webhook;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

/** Webhook delivery as {@code invoice-ocr.webhook.*} describes it. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

	/** The receiver the settings name (the local profile brings its own when none is set). */
	@Bean
	@Profile("!local")
	WebhookTarget webhookTarget(WebhookProperties properties) {
		return WebhookTarget.of(properties);
	}

	@Bean
	WebhookEvents webhookEvents(WebhookOutbox outbox, JsonMapper jsonMapper, WebhookProperties properties) {
		return new WebhookEvents(outbox, jsonMapper, properties.processingEvents());
	}

	@Bean
	WebhookDelivery webhookDelivery(WebhookOutbox outbox, WebhookTarget target, WebhookProperties properties,
			PlatformTransactionManager transactionManager, RestClient.Builder restClient) {
		Clock clock = Clock.systemUTC();
		WebhookSender sender = target.configured()
				? new WebhookSender(target.url(), new WebhookSignature(target.secret()), properties.timeout(), clock,
						restClient) : null;
		// each claim and each answer commits on its own, whatever the caller has open
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new WebhookDelivery(outbox, sender, properties.policy(), transaction, clock);
	}

}
