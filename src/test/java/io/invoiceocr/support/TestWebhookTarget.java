package io.invoiceocr.support;

import java.io.IOException;

import io.invoiceocr.webhook.WebhookTarget;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** In integration tests, the jobs deliver their webhooks to a {@link WebhookReceiver} the tests read. */
@TestConfiguration(proxyBeanMethods = false)
public class TestWebhookTarget {

	public static final String SECRET = "whsec_integration";

	@Bean(destroyMethod = "close")
	WebhookReceiver webhookReceiver() throws IOException {
		return WebhookReceiver.start(SECRET);
	}

	@Bean
	@Primary
	WebhookTarget testWebhookTarget(WebhookReceiver receiver) {
		return new WebhookTarget(receiver.url(), SECRET);
	}

}
