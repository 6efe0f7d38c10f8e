package io.invoiceocr.monolith;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.invoiceocr.support.NextJsApp;
import io.invoiceocr.webhook.DeliveryPolicy;
import io.invoiceocr.webhook.OutboxRow;
import io.invoiceocr.webhook.WebhookSender;
import io.invoiceocr.webhook.WebhookSignature;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.web.client.RestClient;

/**
 * The service's webhook sender against the reference main application served by a real
 * {@code next start}, over plain HTTP as inside a cluster: the event arrives, is verified and is
 * applied to the app's {@code Document} and {@code Invoice}.
 */
class NextJsWebhookIT {

	private static final String SECRET = "whsec_nextjs";

	@TempDir
	static Path logs;

	private static NextJsApp app;

	@BeforeAll
	static void startApp() throws Exception {
		app = NextJsApp.start(Map.of("WEBHOOK_SECRET", SECRET, "S3_BUCKET", "invoices", "AWS_REGION", "us-east-1"), logs);
	}

	@AfterAll
	static void stopApp() throws Exception {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void aSignedResultPostedOverPlainHttpIsAppliedByTheNextJsApp() {
		// given a document the app knows, waiting for its result
		app.jdbc().update("INSERT INTO \"Document\" (id, \"fileName\", \"s3Key\", \"contentType\", size, \"updatedAt\") "
				+ "VALUES ('doc-h2c', 'invoice.pdf', 'raw-invoices/doc-h2c/invoice.pdf', 'application/pdf', 1234, now())");
		WebhookSender sender = new WebhookSender(app.url("/api/webhooks/ocr-result"), new WebhookSignature(SECRET),
				Duration.ofSeconds(10), Clock.systemUTC(), RestClient.builder());
		String payload = """
				{"documentId": "doc-h2c", "status": "COMPLETED", "text": "ACME Digital Services GmbH\\nTotal EUR 1424.16",
				 "data": {"vendor": {"name": {"value": "Acme Digital Services GmbH", "text": "Acme Digital Services GmbH", "confidence": 0.9}},
				          "invoiceNumber": {"value": "INV-2024-0117"}, "invoiceDate": {"value": "2024-01-17"},
				          "currency": {"value": "EUR"}, "total": {"value": 1424.16}},
				 "error": null, "metadata": {"engine": "OnnxRuntime"}, "bucket": "invoices",
				 "key": "raw-invoices/doc-h2c/invoice.pdf", "occurredAt": "%s"}
				""".formatted(Instant.now());

		// when the service's sender delivers it
		DeliveryPolicy.Attempt attempt = sender.send(new OutboxRow(1, "doc-h2c", "doc-h2c:COMPLETED:1", payload, 0,
				Instant.now()));

		// then it arrived and was applied
		assertThat(attempt.status()).as(attempt.detail() + "\n" + app.logTail()).isBetween(200, 299);
		assertThat(app.jdbc().queryForObject("SELECT \"ocrStatus\"::text FROM \"Document\" WHERE id = 'doc-h2c'",
				String.class)).isEqualTo("COMPLETED");
		assertThat(app.jdbc().queryForObject("SELECT total FROM \"Invoice\" WHERE \"documentId\" = 'doc-h2c'",
				java.math.BigDecimal.class)).isEqualByComparingTo("1424.16");
	}

	@Test
	void anEventWithABadSignatureIsRefusedWithA4xxSoThatTheServiceDoesNotRetryIt() {
		// given a sender with another secret
		WebhookSender forger = new WebhookSender(app.url("/api/webhooks/ocr-result"), new WebhookSignature("whsec_other"),
				Duration.ofSeconds(10), Clock.systemUTC(), RestClient.builder());

		// when
		DeliveryPolicy.Attempt attempt = forger.send(new OutboxRow(2, "doc-x", "doc-x:COMPLETED:1",
				"{\"documentId\": \"doc-x\", \"status\": \"COMPLETED\", \"occurredAt\": \"" + Instant.now() + "\"}", 0,
				Instant.now()));

		// then
		assertThat(attempt.status()).as(attempt.detail()).isBetween(400, 499);
	}

}
