package io.invoiceocr.ingest.event;

import static io.invoiceocr.ingest.event.EventFixtures.eventsOf;
import static io.invoiceocr.ingest.event.EventFixtures.fixture;
import static io.invoiceocr.ingest.event.EventFixtures.quoted;
import static io.invoiceocr.ingest.event.EventFixtures.reasonOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.invoiceocr.ingest.event.ObjectEvent.Type;
import io.invoiceocr.ingest.event.ParsedMessage.SubscriptionConfirmation;
import io.invoiceocr.ingest.event.ParsedMessage.TestEvent;
import io.invoiceocr.ingest.event.ParsedMessage.UnsubscribeConfirmation;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SNS envelope, as an SQS subscription without raw delivery or an HTTP endpoint receives it:
 * unwrapped once, and the subscription handshake's messages kept with what a person needs.
 */
class SnsEnvelopeParsingTest {

	private static final String BUCKET = "acme-invoices-inbox";

	private final S3EventParser parser = new S3EventParser(JsonMapper.builder().build());

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

}
