package io.invoiceocr.ingest.sns;

import java.time.Duration;
import java.util.List;

import io.invoiceocr.ingest.IngestProperties;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static io.invoiceocr.support.TestData.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is refused before any certificate is fetched (S3EventEndpointIT checks signatures against a
 * served certificate). Every URL here is on SNS's hosts or refused before a fetch, so nothing
 * leaves the machine: a fetch would fail the test with a different reason.
 */
class SnsMessageVerifierTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final IngestProperties PROPERTIES = new IngestProperties("q",
			List.of(new IngestProperties.Source("invoices", List.of())), Duration.ofSeconds(1), Duration.ofSeconds(30),
			10, 0, 1, new IngestProperties.DocumentId("document-id", true, ""), false, ".*",
			new IngestProperties.Sns(true, "^sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?$", ""));

	private final SnsMessageVerifier verifier = new SnsMessageVerifier(PROPERTIES,
			new SigningCertificates(PROPERTIES, null));

	@Test
	void refusesASignatureVersionAwsDoesNotDocument() {
		assertThat(reason(notification().put("SignatureVersion", "3"))).contains("SignatureVersion 3")
			.contains("only 1 and 2");
	}

	@Test
	void refusesAMessageWithoutSignature() {
		ObjectNode message = notification();
		message.remove("Signature");

		assertThat(reason(message)).contains("has no Signature");
	}

	@Test
	void refusesAFieldTheSignatureCoversBeingAbsent() {
		ObjectNode message = notification();
		message.remove("Timestamp");

		assertThat(reason(message)).contains("has no Timestamp, which its signature covers");
	}

	@Test
	void refusesACertificateUrlOnAnotherHostOrWithoutHttps() {
		assertThat(reason(notification().put("SigningCertURL", "https://sns.eu-west-1.amazonaws.com.evil.example/c.pem")))
			.contains("does not match invoice-ocr.ingest.sns.signing-cert-host-pattern");
		assertThat(reason(notification().put("SigningCertURL", "http://sns.eu-west-1.amazonaws.com/c.pem")))
			.contains("is not https");
	}

	private String reason(JsonNode message) {
		SnsVerdict verdict = verifier.verify(message);
		assertThat(verdict).isInstanceOf(SnsVerdict.Refused.class);
		return ((SnsVerdict.Refused) verdict).reason();
	}

	private static ObjectNode notification() {
		return (ObjectNode) JSON.readTree(event("sns-notification-s3-put.json"));
	}

}
