package io.invoiceocr.ingest.event;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.invoiceocr.ingest.ETags;
import io.invoiceocr.ingest.event.ObjectEvent.Type;
import io.invoiceocr.ingest.event.ParsedMessage.Malformed;
import io.invoiceocr.ingest.event.ParsedMessage.ObjectEvents;
import io.invoiceocr.ingest.event.ParsedMessage.SubscriptionConfirmation;
import io.invoiceocr.ingest.event.ParsedMessage.TestEvent;
import io.invoiceocr.ingest.event.ParsedMessage.UnsubscribeConfirmation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one message body into a {@link ParsedMessage}, whichever way S3 got it to us, so that the
 * queue consumer needs no configuration saying how the bucket notifies.
 * <p>
 * Understood formats, as AWS documents them:
 * <ul>
 * <li>S3 event notification ({@code {"Records":[...]}}), sent to SQS directly or through SNS
 * with raw message delivery. Any {@code eventVersion} 2.x is accepted (2.1 to 2.3 so far; minor
 * versions only add fields, which are ignored); another major version is {@link Malformed}, as
 * AWS advises, since it may mean fields changed meaning;</li>
 * <li>the {@code s3:TestEvent} S3 sends once when a notification is configured;</li>
 * <li>the SNS envelope (SQS subscription without raw delivery, or HTTP push): a
 * {@code Notification} carrying one of the above as a JSON string in {@code Message}, a
 * {@code SubscriptionConfirmation} or an {@code UnsubscribeConfirmation};</li>
 * <li>the EventBridge S3 event ({@code "source":"aws.s3"}), detail-types {@code Object Created}
 * and {@code Object Deleted} (the latter also covers lifecycle expiration); other detail-types
 * become {@link Malformed}, since an EventBridge event carries exactly one object;</li>
 * <li>the SQS batch as Lambda receives it ({@code "Records":[{"eventSource":"aws:sqs","body":...}]}),
 * forwarded by a function: each record's body is one of the above (an SQS message body never
 * holds another batch). The events of all records are taken together; S3 test events and SNS
 * unsubscribe confirmations among them are dropped as they would be alone. A record that cannot
 * be understood makes the batch {@link Malformed}, naming the record.</li>
 * </ul>
 * Other events in a {@code Records} array (a Lambda SNS event, DynamoDB or Kinesis records)
 * become {@link Malformed} with a reason that says what they are and what is understood.
 * <p>
 * S3 event names: {@code ObjectCreated:*} becomes {@link Type#CREATED}; {@code ObjectRemoved:*}
 * and {@code LifecycleExpiration:*} (both mean the object, or its current version, is gone)
 * become {@link Type#REMOVED}. Other names ({@code ObjectRestore:*}, {@code Replication:*},
 * {@code ObjectTagging:*}, ...) say nothing about whether there is an invoice to read, so such a
 * record is skipped; only if no record of the message is usable does the message become
 * {@link Malformed} ("unsupported event name ..."), so that a bucket notifying more than we need
 * shows up instead of passing silently. A record without bucket name, key or event name makes the
 * whole message {@link Malformed}: it is not what S3 sends, and half a message is worse than none.
 * <p>
 * {@link #parse} never throws: a body it cannot understand becomes {@link Malformed} with a reason
 * a person can act on, so the caller can keep it aside instead of failing a run.
 * <p>
 * SNS signatures are not checked here: the HTTP endpoint verifies the envelopes {@link SnsEnvelopes}
 * finds before it parses a body (see {@code SnsSignatureCheck}).
 */
public class S3EventParser {

	private static final String UNKNOWN = "unknown message: neither an S3 notification, an SNS envelope"
			+ " nor an EventBridge S3 event";

	/** Said whenever a body is something else, so that the sender learns what to send instead. */
	static final String UNDERSTOOD = "understood are S3 event notifications, SNS messages carrying them,"
			+ " EventBridge S3 events, and Lambda SQS batches of these";

	private static final int MAX_REASON_DETAIL = 200;

	private final JsonMapper jsonMapper;

	public S3EventParser(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Parses one message body.
	 *
	 * @param body the message body as received, may be {@code null}
	 * @return what the body is; never {@code null}, never throws
	 */
	public ParsedMessage parse(String body) {
		try {
			return parseBody(body, "body", Envelope.NONE);
		}
		catch (RuntimeException ex) {
			// Last line of defence: the contract is "never throws", whatever the input.
			return new Malformed("body could not be parsed: " + describe(ex));
		}
	}

	/** The envelope a text came out of; it decides which envelopes the text may still be. */
	private enum Envelope {

		/** the body as received */
		NONE,
		/** the body of a record of a Lambda SQS batch: may be an SNS envelope, not another batch */
		SQS,
		/** the Message of an SNS notification: holds the event itself */
		SNS

	}

	/**
	 * @param what   how reasons name the text: the body itself, or the message inside an envelope
	 * @param inside the envelope the text came out of
	 */
	private ParsedMessage parseBody(String body, String what, Envelope inside) {
		if (body == null || body.isBlank()) {
			return new Malformed(what + " is empty");
		}
		JsonNode root;
		try {
			root = jsonMapper.readTree(body);
		}
		catch (JacksonException ex) {
			return new Malformed(what + " is not JSON: " + jsonProblem(ex));
		}
		if (root == null || !root.isObject()) {
			return new Malformed(what + " is " + nodeKind(root) + ", not an object");
		}
		ParsedMessage result = dispatch(root, inside);
		if (inside != Envelope.NONE && result instanceof Malformed malformed) {
			return new Malformed(what + ": " + malformed.reason());
		}
		return result;
	}

	/** Tells the formats apart by the members only that format has. */
	private ParsedMessage dispatch(JsonNode root, Envelope inside) {
		if (EventFormats.isLambdaSqsBatch(root)) {
			return inside == Envelope.NONE ? parseSqsBatch(root.get("Records"))
					: new Malformed("Lambda SQS batch inside " + (inside == Envelope.SNS ? "an SNS message" : "an SQS message"));
		}
		if (root.has("Records")) {
			return parseS3Notification(root);
		}
		if ("s3:TestEvent".equals(text(root, "Event"))) {
			return new TestEvent(text(root, "Bucket"));
		}
		if (EventFormats.isSnsEnvelope(root)) {
			return inside == Envelope.SNS ? new Malformed("SNS envelope inside an SNS envelope") : parseSns(root);
		}
		if (root.has("detail-type") && root.has("detail")) {
			return parseEventBridge(root);
		}
		return new Malformed(UNKNOWN + "; " + UNDERSTOOD);
	}

	// --- Lambda SQS batch --------------------------------------------------------------------

	/** Each record's body parsed on its own; see the class comment for how they are combined. */
	private ParsedMessage parseSqsBatch(JsonNode records) {
		List<ParsedMessage> parts = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			JsonNode sqsRecord = records.get(i);
			String what = "SQS record " + i + " body";
			if (!sqsRecord.isObject() || !"aws:sqs".equals(text(sqsRecord, "eventSource"))) {
				return new Malformed("SQS record " + i + " is not an SQS message (eventSource aws:sqs)");
			}
			if (!sqsRecord.path("body").isString()) {
				return new Malformed("SQS record " + i + " has no body");
			}
			ParsedMessage part = parseBody(sqsRecord.get("body").stringValue(), what, Envelope.SQS);
			if (part instanceof Malformed) {
				return part;
			}
			parts.add(part);
		}
		if (parts.size() == 1) {
			return parts.get(0);
		}
		if (parts.stream().anyMatch(SubscriptionConfirmation.class::isInstance)) {
			// one answer per message: confirming and staging cannot both be said of one batch
			return new Malformed("Lambda SQS batch of " + parts.size()
					+ " records holds an SNS SubscriptionConfirmation: send that one alone so that it can be confirmed");
		}
		List<ObjectEvent> events = parts.stream()
			.filter(ObjectEvents.class::isInstance)
			.flatMap(part -> ((ObjectEvents) part).events().stream())
			.toList();
		// only housekeeping (test events, unsubscribe confirmations): acknowledged like the first of them
		return events.isEmpty() ? parts.get(0) : new ObjectEvents(events);
	}

	// --- S3 event notification -------------------------------------------------------------

	private ParsedMessage parseS3Notification(JsonNode root) {
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
					+ " or subscribe this endpoint to the topic itself; " + UNDERSTOOD;
		}
		String source = text(first, "eventSource");
		if (source != null && !"aws:s3".equals(source)) {
			return "Records[0] is an event from " + shorten(source) + ", not an S3 event notification; " + UNDERSTOOD;
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

	// --- SNS envelope ----------------------------------------------------------------------

	private ParsedMessage parseSns(JsonNode root) {
		String type = text(root, "Type");
		String topicArn = text(root, "TopicArn");
		return switch (String.valueOf(type)) {
			case "Notification" -> parseSnsNotification(root);
			case "SubscriptionConfirmation" -> subscriptionConfirmation(topicArn, text(root, "SubscribeURL"));
			case "UnsubscribeConfirmation" -> new UnsubscribeConfirmation(topicArn);
			default -> new Malformed("unsupported SNS message type " + type);
		};
	}

	/** Without the URL there is no way to confirm, so the message is of no use. */
	private static ParsedMessage subscriptionConfirmation(String topicArn, String subscribeUrl) {
		if (subscribeUrl == null) {
			return new Malformed("SNS SubscriptionConfirmation has no SubscribeURL");
		}
		return new SubscriptionConfirmation(topicArn, subscribeUrl);
	}

	/** The S3 message travels as a JSON document inside the string {@code Message}. */
	private ParsedMessage parseSnsNotification(JsonNode root) {
		String message = text(root, "Message");
		if (message == null) {
			return new Malformed("SNS notification has no Message");
		}
		return parseBody(message, "SNS notification Message", Envelope.SNS);
	}

	// --- EventBridge -------------------------------------------------------------------------

	private static ParsedMessage parseEventBridge(JsonNode root) {
		String source = text(root, "source");
		if (!"aws.s3".equals(source)) {
			return new Malformed("EventBridge event from source " + source + ", not aws.s3");
		}
		String detailType = text(root, "detail-type");
		Type type = eventBridgeType(detailType);
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

	private static Type eventBridgeType(String detailType) {
		if ("Object Created".equals(detailType)) {
			return Type.CREATED;
		}
		if ("Object Deleted".equals(detailType)) {
			return Type.REMOVED;
		}
		return null;
	}

	// --- small helpers -----------------------------------------------------------------------

	/** @return the member as a non-blank string, else {@code null} (absent, null, not a string, blank) */
	private static String text(JsonNode node, String name) {
		JsonNode value = node.path(name);
		if (!value.isString()) {
			return null;
		}
		String text = value.stringValue();
		return text.isBlank() ? null : text;
	}

	/** S3 documents size as a number; a numeric string is accepted too, anything else is unknown. */
	private static Long size(JsonNode node) {
		if (node.isIntegralNumber() && node.canConvertToLong()) {
			return node.longValue();
		}
		if (node.isString()) {
			try {
				return Long.valueOf(node.stringValue().trim());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private static Instant instant(String text) {
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String nodeKind(JsonNode node) {
		if (node == null || node.isMissingNode()) {
			return "JSON without a value";
		}
		return switch (node.getNodeType()) {
			case ARRAY -> "a JSON array";
			case STRING -> "a JSON string";
			case NUMBER -> "a JSON number";
			case BOOLEAN -> "a JSON boolean";
			case NULL -> "JSON null";
			default -> "JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT);
		};
	}

	/**
	 * Jackson's own words, without the "(start marker at [Source: ...])" it appends, but with the
	 * line and column, which is what someone looking at the body needs.
	 */
	private static String jsonProblem(JacksonException ex) {
		String message = shorten(ex.getOriginalMessage());
		int sourceNote = message.indexOf(" (start marker at");
		if (sourceNote >= 0) {
			message = message.substring(0, sourceNote);
		}
		TokenStreamLocation location = ex.getLocation();
		if (location != null && location.getLineNr() > 0) {
			message += " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
		}
		return message;
	}

	private static String describe(RuntimeException ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return shorten(message);
	}

	/** First line only, and not too long: a reason is read by people, in logs and tables. */
	private static String shorten(String message) {
		if (message == null) {
			return "no detail";
		}
		String firstLine = message.strip().lines().findFirst().orElse("");
		return (firstLine.length() > MAX_REASON_DETAIL) ? firstLine.substring(0, MAX_REASON_DETAIL) + "..." : firstLine;
	}

}
