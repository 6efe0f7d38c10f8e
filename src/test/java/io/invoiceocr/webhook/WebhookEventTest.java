package io.invoiceocr.webhook;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The event body of the webhook contract. */
class WebhookEventTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theBodyHasTheContractsFieldsInOrder() {
		// given
		WebhookEvent event = new WebhookEvent("doc-1", "COMPLETED", "TOTAL 9.00", Map.of("total", 9.0), null,
				Map.of("engine", "OnnxRuntime"), "invoices", "raw-invoices/doc-1.pdf", Instant.parse("2026-11-29T10:00:00Z"), 1);

		// when
		JsonNode body = json.readTree(event.payload(json));

		// then
		assertThat(body.propertyNames()).containsExactly("documentId", "status", "text", "data", "error", "metadata",
				"bucket", "key", "occurredAt");
		assertThat(body.get("data").get("total").asDouble()).isEqualTo(9.0);
		assertThat(body.get("error").isNull()).isTrue();
		assertThat(body.get("occurredAt").asString()).isEqualTo("2026-11-29T10:00:00Z");
	}

	@Test
	void theIdempotencyKeyNamesTheResultNotTheAttemptToDeliverIt() {
		WebhookEvent first = new WebhookEvent("doc-1", "FAILED", null, null, "the PDF is encrypted", null, "b", "k",
				Instant.EPOCH, 1);
		WebhookEvent rerun = new WebhookEvent("doc-1", "COMPLETED", "x", null, null, null, "b", "k", Instant.EPOCH, 2);

		assertThat(first.idempotencyKey()).isEqualTo("doc-1:FAILED:1");
		assertThat(rerun.idempotencyKey()).isEqualTo("doc-1:COMPLETED:2");
		assertThat(WebhookEvent.fingerprint(first.payload(json))).hasSize(16)
			.isEqualTo(WebhookEvent.fingerprint(first.payload(json)));
	}

}
