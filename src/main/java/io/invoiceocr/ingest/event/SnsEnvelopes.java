package io.invoiceocr.ingest.event;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the SNS envelopes in a body, where {@link S3EventParser} would open them: the body itself,
 * or the bodies of a Lambda SQS batch's records. Those are the messages whose signatures say
 * whether SNS sent them. A body that is not JSON has none; the parser says what is wrong with it.
 */
public class SnsEnvelopes {

	private final JsonMapper jsonMapper;

	public SnsEnvelopes(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/** @return the envelopes, in the order they appear; empty when there are none */
	public List<JsonNode> find(String body) {
		JsonNode root = readOrNull(body);
		if (root == null) {
			return List.of();
		}
		if (EventFormats.isSnsEnvelope(root)) {
			return List.of(root);
		}
		if (!EventFormats.isLambdaSqsBatch(root)) {
			return List.of();
		}
		List<JsonNode> envelopes = new ArrayList<>();
		for (JsonNode sqsRecord : root.get("Records")) {
			JsonNode recordBody = sqsRecord.path("body");
			JsonNode inner = recordBody.isString() ? readOrNull(recordBody.stringValue()) : null;
			if (inner != null && EventFormats.isSnsEnvelope(inner)) {
				envelopes.add(inner);
			}
		}
		return envelopes;
	}

	private JsonNode readOrNull(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			JsonNode node = jsonMapper.readTree(text);
			return node != null && node.isObject() ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
