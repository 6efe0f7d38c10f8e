package io.invoiceocr.ingest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.invoiceocr.document.DocumentSource;
import io.invoiceocr.document.OcrDocument;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.SnsSigner;
import io.invoiceocr.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ssl.SslBundles;
import tools.jackson.databind.json.JsonMapper;

import static io.invoiceocr.support.TestData.event;
import static io.invoiceocr.support.TestData.s3Put;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/events/s3} over real HTTP: the same formats as the queue, behind the token,
 * plus the SNS subscription handshake against a loopback server standing in for SNS, and SNS
 * signatures checked against a certificate served over HTTPS on loopback.
 */
@IntegrationTest
class S3EventEndpointIT {

	private static final String TOKEN = "test-token";

	@Autowired
	TestData data;

	@Autowired
	OcrDocumentRepository documents;

	@Autowired
	IngestRejectRepository rejects;

	@Value("${local.server.port}")
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpServer sns;

	private final AtomicInteger confirmations = new AtomicInteger();

	/** Signs the SNS messages of these tests the way SNS does, with a certificate of the test's own. */
	private static final SnsSigner SIGNER = new SnsSigner();

	@Autowired
	SslBundles sslBundles;

	/** Serves {@link #SIGNER}'s certificate over HTTPS on loopback, as SNS serves its own. */
	private HttpsServer certificates;

	private final AtomicInteger certificateFetches = new AtomicInteger();

	@BeforeEach
	void setUp() throws IOException {
		data.reset();
		sns = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		sns.createContext("/confirm", exchange -> {
			confirmations.incrementAndGet();
			byte[] body = "<ConfirmSubscriptionResponse/>".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		sns.start();
		certificates = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		certificates.setHttpsConfigurator(new HttpsConfigurator(sslBundles.getBundle("loopback-sns").createSslContext()));
		certificates.createContext("/", exchange -> {
			certificateFetches.incrementAndGet();
			byte[] pem = SIGNER.certificatePem();
			exchange.sendResponseHeaders(200, pem.length);
			exchange.getResponseBody().write(pem);
			exchange.close();
		});
		certificates.start();
	}

	@AfterEach
	void tearDown() {
		sns.stop(0);
		certificates.stop(0);
	}

	@Test
	void refusesCallersWithoutTheToken() throws Exception {
		HttpResponse<String> none = post(s3Put("invoices", "raw-invoices/a.pdf", null), null);
		HttpResponse<String> wrong = post(s3Put("invoices", "raw-invoices/a.pdf", null), "Bearer not-the-token");

		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(data.count("ocr_document")).isZero();
	}

	@Test
	void cannotBeReachedWithoutTheTokenThroughAnotherSpellingOfThePath() throws Exception {
		// path parameters and percent-encoding reach the same controller: the guard must see them too
		for (String path : List.of("/api;x=1/events/s3", "/%61pi/events/s3", "/api/events/s3;jsessionid=1")) {
			HttpResponse<String> response = post(path, s3Put("invoices", "raw-invoices/sneaky.pdf", null), null);
			assertThat(response.statusCode()).as(path).isIn(400, 401, 404);
		}
		assertThat(data.count("ocr_document")).isZero();
	}

	@Test
	void refusesBodiesLargerThanAnySnsMessage() throws Exception {
		HttpResponse<String> response = post("x".repeat(300_000), "Bearer " + TOKEN);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(data.count("ingest_reject")).isZero();
	}

	@Test
	void countsTheBodyLimitInBytesNotCharacters() throws Exception {
		// given 200,004 characters that are 400,008 bytes in UTF-8, over the 262,144-byte limit
		String body = "\u00e9".repeat(200_004);

		// when
		HttpResponse<String> response = post(body, "Bearer " + TOKEN);

		// then it is refused as too large, naming the limit and the setting, and not kept
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("262144 bytes").contains("invoice-ocr.api.max-body-bytes");
		assertThat(data.count("ingest_reject")).isZero();
	}

	@Test
	void readsTheBodyAsSentWhenCurlDeclaresItAFormTheWayItsDashDDoes() throws Exception {
		// given an S3 notification sent the way `curl -d @event.json` sends it
		String body = s3Put("invoices", "raw-invoices/form+posted%C3%A9.pdf", null);

		// when
		HttpResponse<String> response = post("/api/events/s3", body, "Bearer " + TOKEN,
				"application/x-www-form-urlencoded");

		// then the body is read as JSON, not as form fields
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		assertThat(documents.findByObject("invoices", "raw-invoices/form posted\u00e9.pdf", null)).isPresent();
	}

	@Test
	void takesAnEventPostedByCurlWithItsDefaults(@TempDir Path dir) throws Exception {
		// given an S3 notification in a file, posted by curl itself with `-d @file` and nothing else
		Path event = Files.writeString(dir.resolve("event.json"),
				s3Put("invoices", "raw-invoices/posted-by-curl.pdf", null), StandardCharsets.UTF_8);
		Process curl = new ProcessBuilder("curl", "--silent", "--show-error", "--output", "/dev/null", "--write-out",
				"%{http_code}", "--header", "Authorization: Bearer " + TOKEN, "--data", "@" + event,
				"http://127.0.0.1:" + port + "/api/events/s3")
			.redirectErrorStream(true)
			.start();

		// when
		String status = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

		// then
		assertThat(curl.waitFor()).as(status).isZero();
		assertThat(status).isEqualTo("202");
		assertThat(documents.findByObject("invoices", "raw-invoices/posted-by-curl.pdf", null)).isPresent();
	}

	@Test
	void readsAnUndeclaredCharsetAsUtf8() throws Exception {
		// given a key with a non-ASCII character in the JSON text itself, and no charset declared
		String body = s3Put("invoices", "raw-invoices/r\u00e9sum\u00e9.pdf", null);

		// when
		HttpResponse<String> response = post("/api/events/s3", body, "Bearer " + TOKEN, "application/json");

		// then JSON's own encoding, UTF-8, is used
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		assertThat(documents.findByObject("invoices", "raw-invoices/r\u00e9sum\u00e9.pdf", null)).isPresent();
	}

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
	void acceptsTheTokenAsBasicAuthPasswordTheWaySnsSendsIt() throws Exception {
		// given SNS delivering a notification to https://sns:<token>@host/api/events/s3
		String basic = "Basic " + Base64.getEncoder().encodeToString(("sns:" + TOKEN).getBytes(StandardCharsets.UTF_8));
		String notification = signed(event("sns-notification-s3-put.json").replace("acme-invoices-inbox", "invoices"));

		// when
		HttpResponse<String> response = post(notification, basic);
		HttpResponse<String> again = post(notification, basic);

		// then the first stages the object, the redelivery finds it staged already
		assertThat(response.statusCode()).isEqualTo(202);
		assertThat(again.statusCode()).isEqualTo(202);
		assertThat(again.body()).contains("\"duplicates\":1");
		assertThat(data.count("ocr_document")).isEqualTo(1);
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

	// --- SNS signatures ---------------------------------------------------------------------------

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

	private static String notificationOf(String key) {
		return event("sns-notification-s3-put.json").replace("acme-invoices-inbox", "invoices")
			.replace("raw-invoices/Globex+Invoice+2024-03.pdf", key);
	}

	/** Signed like SNS (version 1), with the certificate on the loopback HTTPS server. */
	private String signed(String snsMessage) {
		return SIGNER.sign(snsMessage, "1", certificateUrl());
	}

	/** A fresh path per test, so that each test's first message fetches the certificate. */
	private String certificateUrl() {
		return "https://127.0.0.1:" + certificates.getAddress().getPort() + "/SimpleNotificationService-"
				+ System.identityHashCode(this) + ".pem";
	}

	private HttpResponse<String> post(String body, String authorization) throws Exception {
		return post("/api/events/s3", body, authorization);
	}

	private HttpResponse<String> post(String path, String body, String authorization) throws Exception {
		// SNS posts JSON as text/plain; the endpoint must not care
		return post(path, body, authorization, "text/plain; charset=UTF-8");
	}

	private HttpResponse<String> post(String path, String body, String authorization, String contentType)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
