package io.invoiceocr.ingest.event;

import static io.invoiceocr.ingest.event.JsonMembers.instant;
import static io.invoiceocr.ingest.event.JsonMembers.size;
import static io.invoiceocr.ingest.event.JsonMembers.text;

import java.util.List;

import io.invoiceocr.ingest.ETags;
import io.invoiceocr.ingest.event.ObjectEvent.Type;
import io.invoiceocr.ingest.event.ParsedMessage.Malformed;
import io.invoiceocr.ingest.event.ParsedMessage.ObjectEvents;
import tools.jackson.databind.JsonNode;

/**
 * The EventBridge S3 event ({@code "source":"aws.s3"}): detail-types {@code Object Created} and
 * {@code Object Deleted}; it carries exactly one object.
 */
final class EventBridgeEventParser {

	private EventBridgeEventParser() {
	}

	static ParsedMessage parse(JsonNode root) {
		String source = text(root, "source");
		if (!"aws.s3".equals(source)) {
			return new Malformed("EventBridge event from source " + source + ", not aws.s3");
		}
		String detailType = text(root, "detail-type");
		Type type = type(detailType);
		if (type == null) {
			return new Malformed("unsupported EventBridge detail-type " + detailType);
		}
		JsonNode detail = root.path("detail");
		String bucket = text(detail.path("bucket"), "name");
		if (bucket == null) {
			return new Malformed("EventBridge event has no detail.bucket.name");
		}
		JsonNode object = detail.path("object");
		// Not URL-decoded. AWS's S3 user guide says "The object key name value is URL encoded"
		// only on the page for S3 event notifications (SQS, SNS, Lambda). Its page "EventBridge
		// event message structure" describes detail.object.key without any such note and shows
		// keys plain. So the key is used as it arrives: decoding it anyway would turn a literal
		// '+' into a space and fail on a literal '%'.
		String key = text(object, "key");
		if (key == null) {
			return new Malformed("EventBridge event has no detail.object.key");
		}
		return new ObjectEvents(List.of(new ObjectEvent(type, detailType, bucket, key, text(object, "version-id"),
				ETags.unquote(text(object, "etag")), size(object.path("size")), instant(text(root, "time")))));
	}

	private static Type type(String detailType) {
		if ("Object Created".equals(detailType)) {
			return Type.CREATED;
		}
		if ("Object Deleted".equals(detailType)) {
			return Type.REMOVED;
		}
		return null;
	}

}
