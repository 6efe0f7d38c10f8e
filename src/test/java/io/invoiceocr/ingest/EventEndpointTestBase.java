package io.invoiceocr.ingest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.support.SnsSigner;
import io.invoiceocr.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ssl.SslBundles;

import static io.invoiceocr.support.TestData.event;

/**
 * What the tests of {@code POST /api/events/s3} share: the calls over real HTTP behind the token, a
 * loopback server standing in for SNS's subscribe URLs, and one serving the signing certificate over
 * HTTPS on loopback, as SNS serves its own. Each test class is an {@code @IntegrationTest}.
 */
abstract class EventEndpointTestBase {

	static final String TOKEN = "test-token";

	@Autowired
	TestData data;

	@Autowired
	OcrDocumentRepository documents;

	@Autowired
	IngestRejectRepository rejects;

	@Value("${local.server.port}")
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpServer sns;

	final AtomicInteger confirmations = new AtomicInteger();

	/** Signs the SNS messages of these tests the way SNS does, with a certificate of the test's own. */
	static final SnsSigner SIGNER = new SnsSigner();

	@Autowired
	SslBundles sslBundles;

	/** Serves {@link #SIGNER}'s certificate over HTTPS on loopback, as SNS serves its own. */
	HttpsServer certificates;

	final AtomicInteger certificateFetches = new AtomicInteger();

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

	static String notificationOf(String key) {
		return event("sns-notification-s3-put.json").replace("acme-invoices-inbox", "invoices")
			.replace("raw-invoices/Globex+Invoice+2024-03.pdf", key);
	}

	/** Signed like SNS (version 1), with the certificate on the loopback HTTPS server. */
	String signed(String snsMessage) {
		return SIGNER.sign(snsMessage, "1", certificateUrl());
	}

	/** A fresh path per test, so that each test's first message fetches the certificate. */
	String certificateUrl() {
		return "https://127.0.0.1:" + certificates.getAddress().getPort() + "/SimpleNotificationService-"
				+ System.identityHashCode(this) + ".pem";
	}

	HttpResponse<String> post(String body, String authorization) throws Exception {
		return post("/api/events/s3", body, authorization);
	}

	HttpResponse<String> post(String path, String body, String authorization) throws Exception {
		// SNS posts JSON as text/plain; the endpoint must not care
		return post(path, body, authorization, "text/plain; charset=UTF-8");
	}

	HttpResponse<String> post(String path, String body, String authorization, String contentType)
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
