package io.invoiceocr.ingest.event;

import static io.invoiceocr.ingest.event.EventFixtures.eventsOf;
import static io.invoiceocr.ingest.event.EventFixtures.fixture;
import static io.invoiceocr.ingest.event.EventFixtures.quoted;
import static io.invoiceocr.ingest.event.EventFixtures.reasonOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import io.invoiceocr.ingest.event.ObjectEvent.Type;
import tools.jackson.databind.json.JsonMapper;

/** Lambda's SQS batches and SNS events, as a function forwarding what Lambda received posts them. */
class LambdaBatchParsingTest {

	private static final String BUCKET = "acme-invoices-inbox";

	private final S3EventParser parser = new S3EventParser(JsonMapper.builder().build());

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

}
