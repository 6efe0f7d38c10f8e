package io.invoiceocr.ingest.event;

import tools.jackson.databind.JsonNode;

/**
 * How the envelopes are told apart, in one place, so that the parser and whoever looks for SNS
 * envelopes to verify them ({@link SnsEnvelopes}) agree on what a body is.
 */
final class EventFormats {

	private EventFormats() {
	}

	/** {@code {"Type":..., "TopicArn":...}}: what SNS sends over HTTP and to SQS without raw delivery. */
	static boolean isSnsEnvelope(JsonNode root) {
		return root.isObject() && root.has("Type") && root.has("TopicArn");
	}

	/**
	 * {@code {"Records":[{"eventSource":"aws:sqs", "body":...}]}}: an SQS batch as Lambda receives
	 * it. S3's own records say {@code aws:s3} there, so the first record decides.
	 */
	static boolean isLambdaSqsBatch(JsonNode root) {
		JsonNode records = root.path("Records");
		if (!records.isArray() || records.isEmpty()) {
			return false;
		}
		JsonNode source = records.get(0).path("eventSource");
		return source.isString() && "aws:sqs".equals(source.stringValue());
	}

}
