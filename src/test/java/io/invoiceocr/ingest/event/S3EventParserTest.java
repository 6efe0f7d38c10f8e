package io.invoiceocr.ingest.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import io.invoiceocr.ingest.event.ObjectEvent.Type;
import io.invoiceocr.ingest.event.ParsedMessage.Malformed;
import io.invoiceocr.ingest.event.ParsedMessage.ObjectEvents;
import io.invoiceocr.ingest.event.ParsedMessage.SubscriptionConfirmation;
import io.invoiceocr.ingest.event.ParsedMessage.TestEvent;
import io.invoiceocr.ingest.event.ParsedMessage.UnsubscribeConfirmation;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parser is the only place that knows how S3 events look on the wire, so each format AWS
 * documents has a fixture under {@code src/test/resources/events/} shaped like AWS's own examples,
 * and each bad body has a test that checks the reason a person will read.
 */
class S3EventParserTest {

	private static final String BUCKET = "acme-invoices-inbox";

	private final S3EventParser parser = new S3EventParser(JsonMapper.builder().build());

	// --- S3 event notifications, as S3 sends them to SQS (or to SNS with raw delivery) ---------

	@Test
	void putBecomesCreatedEventWithAllObjectDetails() {
		// given
		String body = fixture("s3-put.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).containsExactly(new ObjectEvent(Type.CREATED, "ObjectCreated:Put", BUCKET,
				"raw-invoices/INV-2024-0042.pdf", "096fKKXTRTtl3on89fVO.nfljtsv6qko",
				"5f9ca96e2ed74b596b3754325c069812", 48213L, Instant.parse("2024-03-14T09:26:53.589Z")));
	}

	/** S3 form-encodes keys: '+' is a space, "%2B" a literal plus, "%C3%A9" an 'é'. */
	@Test
	void urlEncodedKeyIsDecodedLikeAFormValue() {
		// given
		String body = fixture("s3-put-url-encoded-key.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).singleElement()
			.extracting(ObjectEvent::key)
			.isEqualTo("raw-invoices/ACME Invoice #2024-01 été+1.pdf");
	}

	@Test
	void everyRecordBecomesAnEventInOrder() {
		// given
		String body = fixture("s3-multi-record.json");

		// when
		List<ObjectEvent> events = eventsOf(parser.parse(body));

		// then
		assertThat(events).extracting(ObjectEvent::type, ObjectEvent::eventName, ObjectEvent::key,
				ObjectEvent::sizeBytes)
			.containsExactly(
					tuple(Type.CREATED, "ObjectCreated:CompleteMultipartUpload",
							"raw-invoices/2024/03/globex-batch-001.pdf", 15728640L),
					tuple(Type.CREATED, "ObjectCreated:Copy",
							"raw-invoices/2024/03/initech-0007.pdf", 20480L));
	}

	/** A delete carries neither size nor ETag; they stay unknown rather than zero or empty. */
	@Test
	void deleteBecomesRemovedEventWithoutSizeOrEtag() {
		// given
		String body = fixture("s3-delete.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).containsExactly(new ObjectEvent(Type.REMOVED, "ObjectRemoved:Delete", BUCKET,
				"raw-invoices/INV-2024-0042.pdf", null, null, null, Instant.parse("2024-03-15T08:00:01.250Z")));
	}

	@Test
	void deleteMarkerBecomesRemovedEventKeepingTheMarkerVersion() {
		// given
		String body = fixture("s3-delete-marker.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).singleElement().satisfies(event -> {
			assertThat(event.type()).isEqualTo(Type.REMOVED);
			assertThat(event.eventName()).isEqualTo("ObjectRemoved:DeleteMarkerCreated");
			assertThat(event.versionId()).isEqualTo("1QW9g1Z99LUNbvaaYVpW9xDlOLU.qxgF");
		});
	}

	/** An object expired by a lifecycle rule is gone just as if someone had deleted it. */
	@Test
	void lifecycleExpirationBecomesRemovedEvent() {
		// given
		String body = fixture("s3-lifecycle-expiration.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).singleElement().satisfies(event -> {
			assertThat(event.type()).isEqualTo(Type.REMOVED);
			assertThat(event.key()).isEqualTo("raw-invoices/2023/INV-2023-0999.pdf");
		});
	}

	@Test
	void messageWithOnlyUnsupportedEventsIsMalformedNamingTheEvent() {
		// given
		String body = fixture("s3-restore-completed.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("unsupported event name ObjectRestore:Completed");
	}

	/** One unsupported record must not cost the invoice that came in the same message. */
	@Test
	void unsupportedRecordIsSkippedWhenAnotherRecordIsUsable() {
		// given
		String body = fixture("s3-restore-and-put.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).singleElement().satisfies(event -> {
			assertThat(event.eventName()).isEqualTo("ObjectCreated:Put");
			assertThat(event.key()).isEqualTo("raw-invoices/INV-2024-0043.pdf");
		});
	}

	@Test
	void quotedEtagLosesItsQuotes() {
		// given
		String etag = "5f9ca96e2ed74b596b3754325c069812";
		String body = fixture("s3-put.json", "\"" + etag + "\"", "\"\\\"" + etag + "\\\"\"");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).singleElement()
			.extracting(ObjectEvent::etag)
			.isEqualTo("5f9ca96e2ed74b596b3754325c069812");
	}

	/** A bad timestamp is no reason to lose the invoice: the time is simply unknown. */
	@Test
	void unparseableEventTimeBecomesUnknown() {
		// given
		String body = fixture("s3-put.json", "2024-03-14T09:26:53.589Z", "14/03/2024 09:26");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).singleElement().satisfies(event -> {
			assertThat(event.eventTime()).isNull();
			assertThat(event.key()).isEqualTo("raw-invoices/INV-2024-0042.pdf");
		});
	}

	@Test
	void testEventBecomesTestEventOfItsBucket() {
		// given
		String body = fixture("s3-test-event.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(result).isEqualTo(new TestEvent(BUCKET));
	}

	// --- SNS envelope: an SQS subscription without raw delivery, or an HTTP endpoint ----------

	@Test
	void notificationIsUnwrappedAndItsS3MessageParsed() {
		// given
		String body = fixture("sns-notification-s3-put.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).containsExactly(new ObjectEvent(Type.CREATED, "ObjectCreated:Put", BUCKET,
				"raw-invoices/Globex Invoice 2024-03.pdf", null, "e4d909c290d0fb1ca068ffaddf22cbd0", 73210L,
				Instant.parse("2024-03-14T09:26:53.911Z")));
	}

	@Test
	void notificationCarryingTestEventBecomesTestEvent() {
		// given
		String body = fixture("sns-notification-s3-test-event.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(result).isEqualTo(new TestEvent(BUCKET));
	}

	@Test
	void subscriptionConfirmationKeepsTopicAndUrlToVisit() {
		// given
		String body = fixture("sns-subscription-confirmation.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(result).isInstanceOfSatisfying(SubscriptionConfirmation.class, confirmation -> {
			assertThat(confirmation.topicArn()).isEqualTo("arn:aws:sns:eu-west-1:111122223333:invoice-uploads");
			assertThat(confirmation.subscribeUrl())
				.startsWith("https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=")
				.contains("&Token=2336412f37fb687f");
		});
	}

	@Test
	void unsubscribeConfirmationKeepsTopic() {
		// given
		String body = fixture("sns-unsubscribe-confirmation.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(result)
			.isEqualTo(new UnsubscribeConfirmation("arn:aws:sns:eu-west-1:111122223333:invoice-uploads"));
	}

	@Test
	void notificationWhoseMessageIsNotJsonIsMalformed() {
		// given
		String body = fixture("malformed-sns-message-not-json.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).startsWith("SNS notification Message is not JSON: ").contains("'Hello'");
	}

	// --- S3 events routed through EventBridge -------------------------------------------------

	/** AWS documents this key as plain, unlike S3 notifications: '+' and spaces stay as they are. */
	@Test
	void objectCreatedBecomesCreatedEventWithKeyAsSent() {
		// given
		String body = fixture("eventbridge-object-created.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).containsExactly(new ObjectEvent(Type.CREATED, "Object Created", BUCKET,
				"raw-invoices/Initech Invoice Q1+Q2.pdf", "IYV3p45BT0ac8hjHg1houSdS1a.Mro8e",
				"b1946ac92492d2347c6235b4d2611184", 64512L, Instant.parse("2024-03-14T09:26:53Z")));
	}

	@Test
	void objectDeletedBecomesRemovedEvent() {
		// given
		String body = fixture("eventbridge-object-deleted.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).containsExactly(new ObjectEvent(Type.REMOVED, "Object Deleted", BUCKET,
				"raw-invoices/INV-2024-0042.pdf", "1QW9g1Z99LUNbvaaYVpW9xDlOLU.qxgF",
				"d41d8cd98f00b204e9800998ecf8427e", null, Instant.parse("2024-03-15T08:05:44Z")));
	}

	@Test
	void otherDetailTypeIsMalformedNamingIt() {
		// given
		String body = fixture("eventbridge-object-restore-completed.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("unsupported EventBridge detail-type Object Restore Completed");
	}

	@Test
	void eventFromAnotherServiceIsMalformedNamingTheSource() {
		// given
		String body = fixture("eventbridge-object-created.json", "\"aws.s3\"", "\"aws.ec2\"");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("EventBridge event from source aws.ec2, not aws.s3");
	}

	// --- Bodies that cannot be understood: each gets a reason a person can act on -------------

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\n\t" })
	void emptyBodyIsMalformed(String body) {
		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("body is empty");
	}

	@Test
	void textThatIsNotJsonIsMalformed() {
		// given
		String body = fixture("malformed-not-json.txt");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).startsWith("body is not JSON: ");
	}

	@Test
	void truncatedJsonIsMalformed() {
		// given
		String body = fixture("malformed-truncated.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).startsWith("body is not JSON: ").contains("end-of-input");
	}

	@Test
	void jsonArrayIsMalformed() {
		// given
		String body = fixture("malformed-json-array.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("body is a JSON array, not an object");
	}

	@Test
	void recordWithoutKeyMakesWholeMessageMalformed() {
		// given
		String body = fixture("malformed-s3-record-without-key.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("S3 record 0 has no s3.object.key");
	}

	@Test
	void recordWithoutBucketIsMalformedNamingItsIndex() {
		// given
		String body = fixture("s3-multi-record.json", "\"name\": \"acme-invoices-inbox\"", "\"name\": \"\"");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("S3 record 0 has no s3.bucket.name");
	}

	/** The second record is broken: the reason must point at it, not at the first. */
	@Test
	void brokenSecondRecordIsNamedByItsIndex() {
		// given
		String body = fixture("s3-multi-record.json", "\"key\": \"raw-invoices/2024/03/initech-0007.pdf\",", "");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("S3 record 1 has no s3.object.key");
	}

	/** S3 would have sent a literal '%' as "%25"; a bare one means the key cannot be trusted. */
	@Test
	void keyWithBrokenUrlEncodingIsMalformed() {
		// given
		String body = fixture("s3-put.json", "raw-invoices/INV-2024-0042.pdf", "raw-invoices/100%.pdf");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result))
			.isEqualTo("S3 record 0 has an s3.object.key that is not valid URL encoding: raw-invoices/100%.pdf");
	}

	/** AWS: a new major version may change what fields mean, so only 2.x is trusted. */
	@Test
	void unknownMajorEventVersionIsMalformed() {
		// given
		String body = fixture("s3-put.json", "\"eventVersion\": \"2.1\"", "\"eventVersion\": \"3.0\"");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("S3 record 0 has eventVersion 3.0, only 2.x is understood");
	}

	@Test
	void emptyRecordsIsMalformed() {
		// when
		ParsedMessage result = parser.parse("{\"Records\":[]}");

		// then
		assertThat(reasonOf(result)).isEqualTo("S3 notification has no records");
	}

	@Test
	void unknownJsonObjectIsMalformed() {
		// given
		String body = fixture("malformed-unknown-object.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then it says what the body is not and what would be understood
		assertThat(reasonOf(result)).startsWith(
				"unknown message: neither an S3 notification, an SNS envelope nor an EventBridge S3 event")
			.contains("understood are S3 event notifications");
	}

	// --- Lambda SQS batches, as a function forwarding what Lambda received posts them ---------

	@Test
	void lambdaSqsBatchOfS3NotificationsBecomesTheEventsOfAllItsRecords() {
		// given AWS's Lambda SQS event, each body an S3 notification
		String body = fixture("lambda-sqs-batch-s3-put.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).extracting(ObjectEvent::type, ObjectEvent::bucket, ObjectEvent::key)
			.containsExactly(tuple(Type.CREATED, BUCKET, "raw-invoices/INV-2024-0042.pdf"),
					tuple(Type.CREATED, BUCKET, "raw-invoices/INV-2024-0043.pdf"));
	}

	@Test
	void lambdaSqsBatchOfAnSnsNotificationIsUnwrappedTwice() {
		// given an SNS notification that went to SQS without raw delivery, then to Lambda
		String body = fixture("lambda-sqs-batch-sns-notification.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).extracting(ObjectEvent::type, ObjectEvent::key)
			.containsExactly(tuple(Type.CREATED, "raw-invoices/Globex Invoice 2024-03.pdf"));
	}

	@Test
	void lambdaSqsBatchOfAnEventBridgeEventBecomesItsObjectCreatedEvent() {
		// given an EventBridge rule targeting SQS, read by Lambda
		String body = fixture("lambda-sqs-batch-eventbridge-object-created.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).extracting(ObjectEvent::type, ObjectEvent::eventName, ObjectEvent::key)
			.containsExactly(tuple(Type.CREATED, "Object Created", "raw-invoices/Initech Invoice Q1+Q2.pdf"));
	}

	@Test
	void lambdaSqsBatchWithABrokenRecordIsMalformedNamingTheRecord() {
		// given
		String body = fixture("lambda-sqs-batch-s3-put.json").replaceFirst("\"body\": \"\\{", "\"body\": \"x{");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).startsWith("SQS record 0 body is not JSON").doesNotContain("eventName");
	}

	@Test
	void lambdaSqsBatchInsideAnSqsBodyIsMalformed() {
		// given
		String inner = fixture("lambda-sqs-batch-s3-put.json");
		String body = "{\"Records\":[{\"eventSource\":\"aws:sqs\",\"body\":" + quoted(inner) + "}]}";

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("SQS record 0 body: Lambda SQS batch inside an SQS message");
	}

	@Test
	void lambdaSnsEventIsMalformedSayingWhatItIsAndWhatToSend() {
		// given AWS's Lambda SNS event
		String body = fixture("lambda-sns-event.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).startsWith("a Lambda SNS event")
			.contains("understood are")
			.doesNotContain("eventName");
	}

	@Test
	void recordsOfAnotherServiceAreMalformedNamingTheService() {
		// when
		ParsedMessage result = parser.parse("{\"Records\":[{\"eventSource\":\"aws:kinesis\",\"kinesis\":{}}]}");

		// then
		assertThat(reasonOf(result)).startsWith("Records[0] is an event from aws:kinesis, not an S3 event notification")
			.contains("understood are");
	}

	/** SNS does not wrap SNS; accepting it would let a body nest envelopes without end. */
	@Test
	void snsEnvelopeInsideSnsEnvelopeIsMalformed() {
		// given
		String inner = fixture("sns-unsubscribe-confirmation.json");
		String body = "{\"Type\":\"Notification\",\"TopicArn\":\"arn:aws:sns:eu-west-1:111122223333:outer\","
				+ "\"Message\":" + quoted(inner) + "}";

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("SNS notification Message: SNS envelope inside an SNS envelope");
	}

	/**
	 * Whatever arrives, parse names a reason, and each of these is handled on purpose rather than
	 * by the last-resort catch in {@link S3EventParser#parse}.
	 */
	@ParameterizedTest
	@ValueSource(strings = {
			"null",
			"42",
			"\"ObjectCreated:Put\"",
			"true",
			"{",
			"}",
			"{\"a\":1} trailing",
			"\uFEFF{\"Records\":[]}",
			"{\"Records\":{}}",
			"{\"Records\":[null]}",
			"{\"Records\":[{\"eventName\":42}]}",
			"{\"Records\":[{\"eventName\":\"ObjectCreated:Put\",\"s3\":[]}]}",
			"{\"Type\":\"Notification\",\"TopicArn\":\"t\"}",
			"{\"Type\":\"Notification\",\"TopicArn\":\"t\",\"Message\":42}",
			"{\"Type\":\"SubscriptionConfirmation\",\"TopicArn\":\"t\"}",
			"{\"Type\":\"Rumour\",\"TopicArn\":\"t\"}",
			"{\"detail-type\":\"Object Created\",\"source\":\"aws.s3\",\"detail\":{}}",
			"{\"detail-type\":\"Object Created\",\"source\":\"aws.s3\",\"detail\":{\"bucket\":{\"name\":\"b\"}}}" })
	void garbageIsMalformedWithAReasonAndNeverThrows(String body) {
		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isNotBlank().doesNotStartWith("body could not be parsed");
	}

	// --- helpers -------------------------------------------------------------------------------

	private static List<ObjectEvent> eventsOf(ParsedMessage message) {
		assertThat(message).isInstanceOf(ObjectEvents.class);
		return ((ObjectEvents) message).events();
	}

	private static String reasonOf(ParsedMessage message) {
		assertThat(message).isInstanceOf(Malformed.class);
		return ((Malformed) message).reason();
	}

	/** A fixture with one change, failing if the text to change is not there (else a test proves nothing). */
	private static String fixture(String name, String target, String replacement) {
		String text = fixture(name);
		assertThat(text).as("fixture %s", name).contains(target);
		return text.replace(target, replacement);
	}

	private static String fixture(String name) {
		try (InputStream in = S3EventParserTest.class.getResourceAsStream("/events/" + name)) {
			assertThat(in).as("fixture %s", name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text as a JSON string literal, the way SNS puts a message inside its envelope. */
	private static String quoted(String text) {
		return JsonMapper.builder().build().writeValueAsString(text);
	}

}
