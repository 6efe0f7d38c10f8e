package io.invoiceocr.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

/**
 * The sender against a real HTTP server on loopback: what goes over the wire, as a server that
 * refuses HTTP/2 upgrades (Next.js) sees it.
 */
class WebhookSenderTest {

	private final List<Map<String, List<String>>> headers = new CopyOnWriteArrayList<>();

	private final List<String> protocols = new CopyOnWriteArrayList<>();

	private HttpServer server;

	@BeforeEach
	void startServer() throws Exception {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/hook", exchange -> {
			headers.add(Map.copyOf(exchange.getRequestHeaders()));
			protocols.add(exchange.getProtocol());
			exchange.getRequestBody().readAllBytes();
			byte[] answer = "{\"ok\":true}".getBytes();
			exchange.sendResponseHeaders(202, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	@Test
	void aPlainHttpTargetIsSentHttp11WithoutAskingToUpgrade() {
		// given
		WebhookSender sender = sender(RestClient.builder());

		// when
		DeliveryPolicy.Attempt attempt = sender.send(row());

		// then the request is plain HTTP/1.1: no "Upgrade: h2c", which Next.js answers by dropping it
		assertThat(attempt.status()).isEqualTo(202);
		assertThat(protocols).containsExactly("HTTP/1.1");
		assertThat(headers.get(0)).doesNotContainKeys("Upgrade", "Http2-settings");
		assertThat(headers.get(0).get("Idempotency-key")).containsExactly("doc-1:COMPLETED:1");
		assertThat(headers.get(0)).containsKey("Invoice-ocr-signature");
	}

	@Test
	void httpsTargetsMayNegotiateHttp2() {
		assertThat(WebhookSender.httpVersion(URI.create("https://app.example.com/api/webhooks/ocr-result")))
			.isEqualTo(HttpClient.Version.HTTP_2);
		assertThat(WebhookSender.httpVersion(URI.create("http://app:3000/api/webhooks/ocr-result")))
			.isEqualTo(HttpClient.Version.HTTP_1_1);
	}

	@Test
	void eachAttemptIsRecordedAsAnHttpClientRequest() {
		// given a builder with observations, as Spring Boot's is
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		WebhookSender sender = sender(RestClient.builder().observationRegistry(observations));

		// when
		sender.send(row());

		// then
		assertThat(meters.find("http.client.requests").tag("status", "202").timer()).isNotNull();
	}

	@Test
	void aTargetThatIsNotThereIsAnAttemptWithoutAnswer() {
		// given
		server.stop(0);
		WebhookSender sender = sender(RestClient.builder());

		// when
		DeliveryPolicy.Attempt attempt = sender.send(row());

		// then
		assertThat(attempt.status()).isZero();
		assertThat(attempt.detail()).startsWith("could not reach http://127.0.0.1:");
	}

	private WebhookSender sender(RestClient.Builder builder) {
		URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
		return new WebhookSender(url, new WebhookSignature("whsec_test"), Duration.ofSeconds(5),
				Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), java.time.ZoneOffset.UTC), builder);
	}

	private static OutboxRow row() {
		return new OutboxRow(1, "doc-1", "doc-1:COMPLETED:1", "{\"documentId\":\"doc-1\",\"status\":\"COMPLETED\"}", 0,
				Instant.parse("2026-12-02T10:00:00Z"));
	}

}
