package io.invoiceocr.ingest;

import java.net.http.HttpResponse;

import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.document.DocumentSource;
import io.invoiceocr.document.OcrDocument;
import io.invoiceocr.support.TestData;
import org.junit.jupiter.api.Test;

import static io.invoiceocr.support.TestData.event;
import static io.invoiceocr.support.TestData.s3Put;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/events/s3} takes the same formats as the queue (S3 notifications, SNS envelopes,
 * EventBridge events, Lambda's SQS batches) and does the SNS subscription handshake.
 */
@IntegrationTest
class S3EventEndpointFormatsIT extends EventEndpointTestBase {

	@Test
	void stagesAPushedS3NotificationAndAnswersAccepted() throws Exception {
		// when an S3 notification is pushed with the bearer token
		HttpResponse<String> response = post(s3Put("invoices", "raw-invoices/pushed+invoice.pdf", null),
				"Bearer " + TOKEN);

		// then it is staged from the HTTP source with the decoded key
		assertThat(response.statusCode()).isEqualTo(202);
		assertThat(response.body()).contains("\"staged\":1").contains("\"outcome\":\"staged\"");
		OcrDocument document = documents.findByObject("invoices", "raw-invoices/pushed invoice.pdf", null).orElseThrow();
		assertThat(document.source()).isEqualTo(DocumentSource.HTTP);
	}

	@Test
	void confirmsAnSnsSubscriptionByVisitingItsSubscribeUrl() throws Exception {
		// given a SubscriptionConfirmation whose SubscribeURL points at the stand-in for SNS
		String confirmation = signed(TestData.snsSubscriptionConfirmation("http://127.0.0.1:"
				+ sns.getAddress().getPort() + "/confirm?Action=ConfirmSubscription&Token=2336412f37"));

		// when
		HttpResponse<String> response = post(confirmation, "Bearer " + TOKEN);

		// then the URL was visited once and nothing was staged
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("subscription-confirmed");
		assertThat(confirmations).hasValue(1);
		assertThat(data.count("ocr_document")).isZero();
	}

	@Test
	void neverVisitsASubscribeUrlOutsideSns() throws Exception {
		// given a confirmation that would make the service call an arbitrary host
		String confirmation = signed(TestData.snsSubscriptionConfirmation("http://169.254.169.254/latest/meta-data/"));

		// when
		HttpResponse<String> response = post(confirmation, "Bearer " + TOKEN);

		// then it is refused and kept with the reason
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(rejects.findAll()).singleElement()
			.extracting(IngestRejectRepository.Reject::reason)
			.asString()
			.contains("does not match invoice-ocr.ingest.sns-subscribe-url-pattern");
	}

	@Test
	void answersUnprocessableForMalformedBodiesAndKeepsThem() throws Exception {
		HttpResponse<String> response = post("{\"Records\": [", "Bearer " + TOKEN);

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("not JSON");
		assertThat(rejects.findAll()).singleElement()
			.satisfies(reject -> assertThat(reject.body()).isEqualTo("{\"Records\": ["));
	}

	@Test
	void stagesTheObjectsOfALambdaSqsBatchForwardedAsItWasReceived() throws Exception {
		// given AWS's Lambda SQS event with two S3 notifications, posted by a forwarding function
		String batch = event("lambda-sqs-batch-s3-put.json").replace("acme-invoices-inbox", "invoices");

		// when
		HttpResponse<String> response = post(batch, "Bearer " + TOKEN);

		// then both objects are staged
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		assertThat(response.body()).contains("\"staged\":2");
		assertThat(documents.findByObject("invoices", "raw-invoices/INV-2024-0043.pdf",
				"Rb_l2BOsU1sZ3x5a.J9T8R1e7qI2mWJn")).isPresent();
	}

	@Test
	void stagesAnEventBridgeObjectCreatedEvent() throws Exception {
		// given AWS's EventBridge "Object Created" event, as an API destination posts it
		String objectCreated = event("eventbridge-object-created.json").replace("acme-invoices-inbox", "invoices");

		// when
		HttpResponse<String> response = post(objectCreated, "Bearer " + TOKEN);

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		assertThat(documents.findByObject("invoices", "raw-invoices/Initech Invoice Q1+Q2.pdf",
				"IYV3p45BT0ac8hjHg1houSdS1a.Mro8e")).isPresent();
	}

	@Test
	void refusesALambdaSnsEventSayingWhatToSendInstead() throws Exception {
		HttpResponse<String> response = post(event("lambda-sns-event.json"), "Bearer " + TOKEN);

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("a Lambda SNS event").contains("understood are");
	}

	@Test
	void keepsAnUnconfirmedSubscriptionWithWhatFailedAndHowToConfirmByHand() throws Exception {
		// given a SubscribeURL on a loopback port nobody listens on
		int closedPort;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		String confirmation = signed(TestData.snsSubscriptionConfirmation("http://127.0.0.1:" + closedPort
				+ "/confirm?Action=ConfirmSubscription&Token=2336412f37"));

		// when
		HttpResponse<String> response = post(confirmation, "Bearer " + TOKEN);

		// then
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(rejects.findAll()).singleElement()
			.extracting(IngestRejectRepository.Reject::reason)
			.asString()
			.contains("127.0.0.1:" + closedPort)
			.contains("connection refused")
			.contains("SNS console")
			.doesNotContain("null");
	}

	@Test
	void acknowledgesTheS3TestEvent() throws Exception {
		HttpResponse<String> response = post(event("s3-test-event.json"), "Bearer " + TOKEN);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("test-event-acknowledged");
		assertThat(data.count("ingest_reject")).isZero();
	}

}
