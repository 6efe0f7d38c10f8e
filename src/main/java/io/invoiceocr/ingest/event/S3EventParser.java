package io.invoiceocr.ingest.event;

import io.invoiceocr.ingest.event.ParsedMessage.Malformed;
import io.invoiceocr.ingest.event.ParsedMessage.TestEvent;
import tools.jackson.core.JacksonException;
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
			return new Malformed("body could not be parsed: " + ReasonTexts.describe(ex));
		}
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
			return new Malformed(what + " is not JSON: " + ReasonTexts.jsonProblem(ex));
		}
		if (root == null || !root.isObject()) {
			return new Malformed(what + " is " + ReasonTexts.nodeKind(root) + ", not an object");
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
			return inside == Envelope.NONE ? LambdaSqsBatchParser.parse(root.get("Records"), this::parseBody)
					: new Malformed("Lambda SQS batch inside " + (inside == Envelope.SNS ? "an SNS message" : "an SQS message"));
		}
		if (root.has("Records")) {
			return S3NotificationParser.parse(root);
		}
		if ("s3:TestEvent".equals(JsonMembers.text(root, "Event"))) {
			return new TestEvent(JsonMembers.text(root, "Bucket"));
		}
		if (EventFormats.isSnsEnvelope(root)) {
			return inside == Envelope.SNS ? new Malformed("SNS envelope inside an SNS envelope")
					: SnsMessageParser.parse(root, this::parseBody);
		}
		if (root.has("detail-type") && root.has("detail")) {
			return EventBridgeEventParser.parse(root);
		}
		return new Malformed(UNKNOWN + "; " + UNDERSTOOD);
	}

}
