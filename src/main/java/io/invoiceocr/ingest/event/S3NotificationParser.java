package io.invoiceocr.ingest.event;

import static io.invoiceocr.ingest.event.JsonMembers.instant;
import static io.invoiceocr.ingest.event.JsonMembers.size;
import static io.invoiceocr.ingest.event.JsonMembers.text;
import static io.invoiceocr.ingest.event.ReasonTexts.shorten;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.invoiceocr.ingest.ETags;
import io.invoiceocr.ingest.event.ObjectEvent.Type;
import io.invoiceocr.ingest.event.ParsedMessage.Malformed;
import io.invoiceocr.ingest.event.ParsedMessage.ObjectEvents;
import tools.jackson.databind.JsonNode;

/**
 * The S3 event notification ({@code {"Records":[...]}}); see {@link S3EventParser} for which
 * versions and event names are understood and what becomes of the others.
 */
final class S3NotificationParser {

	private S3NotificationParser() {
	}

	static ParsedMessage parse(JsonNode root) {
		JsonNode records = root.get("Records");
		if (!records.isArray()) {
			return new Malformed("S3 notification Records is not an array");
		}
		if (records.isEmpty()) {
			return new Malformed("S3 notification has no records");
		}
		String notS3 = notS3Records(records);
		if (notS3 != null) {
			return new Malformed(notS3);
		}
		List<ObjectEvent> events = new ArrayList<>();
		Set<String> unsupported = new LinkedHashSet<>();
		for (int i = 0; i < records.size(); i++) {
			JsonNode s3Record = records.get(i);
			String problem = checkS3Record(s3Record, i);
			if (problem != null) {
				return new Malformed(problem);
			}
			String eventName = text(s3Record, "eventName");
			Type type = s3Type(eventName);
			if (type == null) {
				unsupported.add(eventName);
				continue;
			}
			events.add(s3Event(s3Record, type, eventName));
		}
		if (events.isEmpty()) {
			String plural = (unsupported.size() == 1) ? "" : "s";
			return new Malformed("unsupported event name" + plural + " " + String.join(", ", unsupported));
		}
		return new ObjectEvents(events);
	}

	/**
	 * Other AWS services use {@code Records} too (Lambda's SNS, DynamoDB, Kinesis events). Their
	 * records name their source, and saying which one it is helps the sender more than "no eventName".
	 *
	 * @return what the records are when they are not S3's, else {@code null}
	 */
	private static String notS3Records(JsonNode records) {
		JsonNode first = records.get(0);
		String lambdaSns = text(first, "EventSource");
		if ("aws:sns".equals(lambdaSns)) {
			return "a Lambda SNS event (Records[].EventSource aws:sns), not an S3 notification: forward Records[].Sns.Message"
					+ " or subscribe this endpoint to the topic itself; " + S3EventParser.UNDERSTOOD;
		}
		String source = text(first, "eventSource");
		if (source != null && !"aws:s3".equals(source)) {
			return "Records[0] is an event from " + shorten(source) + ", not an S3 event notification; "
					+ S3EventParser.UNDERSTOOD;
		}
		return null;
	}

	/** @return why the record is unusable, or {@code null} when it has what every record must have */
	private static String checkS3Record(JsonNode s3Record, int index) {
		if (!s3Record.isObject()) {
			return "S3 record " + index + " is not an object";
		}
		String version = text(s3Record, "eventVersion");
		if (version != null && !version.startsWith("2.")) {
			return "S3 record " + index + " has eventVersion " + version + ", only 2.x is understood";
		}
		if (text(s3Record, "eventName") == null) {
			return "S3 record " + index + " has no eventName";
		}
		if (text(s3Record.path("s3").path("bucket"), "name") == null) {
			return "S3 record " + index + " has no s3.bucket.name";
		}
		String key = text(s3Record.path("s3").path("object"), "key");
		if (key == null) {
			return "S3 record " + index + " has no s3.object.key";
		}
		if (urlDecode(key) == null) {
			return "S3 record " + index + " has an s3.object.key that is not valid URL encoding: " + shorten(key);
		}
		return null;
	}

	/** Event names carry no {@code s3:} prefix in the message (unlike in the configuration). */
	private static Type s3Type(String eventName) {
		if (eventName.startsWith("ObjectCreated:")) {
			return Type.CREATED;
		}
		if (eventName.startsWith("ObjectRemoved:") || eventName.startsWith("LifecycleExpiration:")) {
			return Type.REMOVED;
		}
		return null;
	}

	/** Builds the event of a record that passed {@link #checkS3Record}. */
	private static ObjectEvent s3Event(JsonNode s3Record, Type type, String eventName) {
		JsonNode object = s3Record.path("s3").path("object");
		String key = urlDecode(text(object, "key"));
		return new ObjectEvent(type, eventName, text(s3Record.path("s3").path("bucket"), "name"), key,
				text(object, "versionId"), ETags.unquote(text(object, "eTag")), size(object.path("size")),
				instant(text(s3Record, "eventTime")));
	}

	/**
	 * S3 notifications URL-encode the key the way HTML forms do ("The object key name value is
	 * URL encoded. For example, "red flower.jpg" becomes "red+flower.jpg"", AWS S3 user guide,
	 * Event message structure): {@code +} is a space, a literal plus is {@code %2B}, other bytes
	 * are UTF-8 percent escapes. That is exactly what {@link URLDecoder} undoes.
	 *
	 * @return the decoded key, or {@code null} when the escapes are broken
	 */
	private static String urlDecode(String encoded) {
		try {
			return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
