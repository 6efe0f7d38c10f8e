package io.invoiceocr.webhook;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The signature a receiver checks. */
class WebhookSignatureTest {

	private static final Instant SENT = Instant.parse("2026-11-29T10:00:00Z");

	private final WebhookSignature signature = new WebhookSignature("whsec_test");

	@Test
	void signsTheTimestampAndTheBodyAsHmacSha256() {
		// HMAC-SHA256("whsec_test", "1795946400.{\"a\":1}"), computed independently with openssl
		assertThat(signature.header("{\"a\":1}", SENT))
			.isEqualTo("t=1795946400,v1=" + OpenSsl.hmacSha256("whsec_test", "1795946400.{\"a\":1}"));
	}

	@Test
	void aReceiverAcceptsTheRequestAsSentAndNothingElse() {
		String header = signature.header("{\"documentId\":\"doc-1\"}", SENT);
		Duration tolerance = Duration.ofMinutes(5);

		assertThat(signature.verify(header, "{\"documentId\":\"doc-1\"}", SENT.plusSeconds(30), tolerance)).isTrue();
		assertThat(signature.verify(header, "{\"documentId\":\"doc-2\"}", SENT, tolerance)).as("other body").isFalse();
		assertThat(signature.verify(header, "{\"documentId\":\"doc-1\"}", SENT.plusSeconds(600), tolerance)).as("replayed late")
			.isFalse();
		assertThat(new WebhookSignature("other").verify(header, "{\"documentId\":\"doc-1\"}", SENT, tolerance))
			.as("other secret")
			.isFalse();
		assertThat(signature.verify("v1=abc", "{}", SENT, tolerance)).as("no timestamp").isFalse();
		assertThat(signature.verify(null, "{}", SENT, tolerance)).isFalse();
	}

	@Test
	void anEmptySecretIsRefusedWithTheSettingToSet() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WebhookSignature(" "))
			.withMessageContaining("invoice-ocr.webhook.secret");
	}

}
