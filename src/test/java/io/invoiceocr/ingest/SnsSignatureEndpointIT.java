package io.invoiceocr.ingest;

import java.net.http.HttpResponse;

import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.TestData;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static io.invoiceocr.support.TestData.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/events/s3} checks SNS signatures against a certificate fetched over HTTPS from SNS's
 * hosts only, once per certificate, and asks for a retry when it cannot be fetched.
 */
@IntegrationTest
class SnsSignatureEndpointIT extends EventEndpointTestBase {

	@Test
	void acceptsNotificationsSignedWithEitherSignatureVersionAndFetchesTheCertificateOnce() throws Exception {
		// given two notifications, signed with SHA1withRSA (version 1) and SHA256withRSA (version 2)
		String v1 = SIGNER.sign(notificationOf("raw-invoices/signed-v1.pdf"), "1", certificateUrl());
		String v2 = SIGNER.sign(notificationOf("raw-invoices/signed-v2.pdf"), "2", certificateUrl());

		// when
		HttpResponse<String> first = post(v1, "Bearer " + TOKEN);
		HttpResponse<String> second = post(v2, "Bearer " + TOKEN);

		// then both are staged, and the certificate was fetched for the first only
		assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
		assertThat(second.statusCode()).as(second.body()).isEqualTo(202);
		assertThat(data.count("ocr_document")).isEqualTo(2);
		assertThat(certificateFetches).hasValue(1);
	}

	@Test
	void refusesANotificationChangedAfterItWasSignedAndKeepsIt() throws Exception {
		// given a signed notification whose key was changed afterwards
		String tampered = signed(notificationOf("raw-invoices/original.pdf")).replace("original.pdf", "forged.pdf");

		// when
		HttpResponse<String> response = post(tampered, "Bearer " + TOKEN);

		// then nothing is staged; the message is kept with the reason
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("SNS signature does not match");
		assertThat(data.count("ocr_document")).isZero();
		assertThat(rejects.findAll()).singleElement()
			.extracting(IngestRejectRepository.Reject::reason)
			.asString()
			.startsWith("SNS signature does not match");
	}

	@Test
	void neverVisitsTheSubscribeUrlOfAConfirmationChangedAfterItWasSigned() throws Exception {
		// given a signed confirmation whose SubscribeURL was replaced afterwards
		String signed = signed(TestData.snsSubscriptionConfirmation("https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription"));
		String tampered = signed.replace("https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription",
				"http://127.0.0.1:" + sns.getAddress().getPort() + "/confirm");

		// when
		HttpResponse<String> response = post(tampered, "Bearer " + TOKEN);

		// then
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("SNS signature does not match");
		assertThat(confirmations).hasValue(0);
	}

	@Test
	void refusesACertificateUrlOutsideSnsWithoutFetchingIt() throws Exception {
		// given a message signed with a certificate served from a host that is not SNS's
		String elsewhere = "https://localhost:" + certificates.getAddress().getPort() + "/SimpleNotificationService.pem";
		String message = SIGNER.sign(notificationOf("raw-invoices/a.pdf"), "1", elsewhere);

		// when
		HttpResponse<String> response = post(message, "Bearer " + TOKEN);

		// then
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("SigningCertURL host 'localhost' does not match")
			.contains("invoice-ocr.ingest.sns.signing-cert-host-pattern");
		assertThat(certificateFetches).hasValue(0);
		assertThat(data.count("ocr_document")).isZero();
	}

	@Test
	void refusesACertificateUrlThatIsNotHttps() throws Exception {
		String plain = "http://127.0.0.1:" + sns.getAddress().getPort() + "/SimpleNotificationService.pem";
		String message = SIGNER.sign(notificationOf("raw-invoices/a.pdf"), "2", plain);

		HttpResponse<String> response = post(message, "Bearer " + TOKEN);

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("is not https");
		assertThat(data.count("ocr_document")).isZero();
	}

	@Test
	void refusesAnUnsignedSnsMessage() throws Exception {
		// given the fixture as it is, with AWS's example signature
		String unsigned = event("sns-notification-s3-put.json").replace("acme-invoices-inbox", "invoices");

		HttpResponse<String> response = post(unsigned, "Bearer " + TOKEN);

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(data.count("ocr_document")).isZero();
	}

	@Test
	void verifiesTheSnsNotificationsInsideALambdaSqsBatch() throws Exception {
		// given a batch whose one record is an SNS notification changed after it was signed
		String tampered = signed(notificationOf("raw-invoices/original.pdf")).replace("original.pdf", "forged.pdf");
		String batch = "{\"Records\":[{\"messageId\":\"m-1\",\"eventSource\":\"aws:sqs\",\"body\":"
				+ JsonMapper.builder().build().writeValueAsString(tampered) + "}]}";

		// when
		HttpResponse<String> response = post(batch, "Bearer " + TOKEN);

		// then
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("SNS signature does not match");
	}

	@Test
	void asksForARetryWhenTheSigningCertificateCannotBeFetched() throws Exception {
		// given a certificate URL on a loopback port nobody listens on
		int closedPort;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		String message = SIGNER.sign(notificationOf("raw-invoices/a.pdf"), "1",
				"https://127.0.0.1:" + closedPort + "/SimpleNotificationService.pem");

		// when
		HttpResponse<String> response = post(message, "Bearer " + TOKEN);

		// then SNS is told to deliver it again later, and nothing is kept
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.body()).contains("connection refused").contains("sent again later");
		assertThat(data.count("ingest_reject")).isZero();
	}

}
