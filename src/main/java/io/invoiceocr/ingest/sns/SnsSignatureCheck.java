package io.invoiceocr.ingest.sns;

import io.invoiceocr.ingest.IngestProperties;
import io.invoiceocr.ingest.event.SnsEnvelopes;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether the SNS messages of a body pushed over HTTP were signed by SNS: the body itself when it
 * is one, or each one inside a Lambda SQS batch. A body without SNS messages (an S3 notification,
 * an EventBridge event) has nothing to verify; the API token is its guard. Off only when
 * {@code invoice-ocr.ingest.sns.verify-signatures} is false.
 */
@Component
public class SnsSignatureCheck {

	private final boolean enabled;

	private final SnsEnvelopes envelopes;

	private final SnsMessageVerifier verifier;

	public SnsSignatureCheck(IngestProperties properties, JsonMapper jsonMapper, SnsMessageVerifier verifier) {
		this.enabled = properties.sns().verifySignatures();
		this.envelopes = new SnsEnvelopes(jsonMapper);
		this.verifier = verifier;
	}

	/** @return the first message's verdict that is not {@link SnsVerdict.Verified}, else verified */
	public SnsVerdict check(String body) {
		if (!enabled) {
			return SnsVerdict.VERIFIED;
		}
		for (JsonNode envelope : envelopes.find(body)) {
			SnsVerdict verdict = verifier.verify(envelope);
			if (!(verdict instanceof SnsVerdict.Verified)) {
				return verdict;
			}
		}
		return SnsVerdict.VERIFIED;
	}

}
