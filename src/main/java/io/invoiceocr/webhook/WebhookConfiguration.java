package io.invoiceocr.webhook;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook delivery as {@code invoice-ocr.webhook.*} describes it. An auto-configuration, so that
 * its target backs off reliably where the application brings its own receiver.
 */
@AutoConfiguration
public class WebhookConfiguration {

	/** The receiver the settings name, unless the application brings its own. */
	@Bean
	@ConditionalOnMissingBean
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
		WebhookSender sender = WebhookSender.toTarget(target, properties.timeout(), clock, restClient);
		// each claim and each answer commits on its own, whatever the caller has open
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new WebhookDelivery(outbox, sender, properties.policy(), transaction, clock);
	}

}
