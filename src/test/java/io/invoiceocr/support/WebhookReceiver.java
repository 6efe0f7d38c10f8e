package io.invoiceocr.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.invoiceocr.webhook.WebhookSignature;

/**
 * The main application's webhook endpoint on loopback: checks each request's signature the way the
 * README tells receivers to, records what it got, and answers as scripted (200 when the script is
 * empty), at once or after a delay.
 */
public final class WebhookReceiver implements AutoCloseable {

	public static final String SIGNATURE_HEADER = "Invoice-OCR-Signature";

	/** One request as it arrived. */
	public record Request(String idempotencyKey, String payload, boolean signatureValid) {
	}

	private final String secret;

	private final List<Request> requests = new ArrayList<>();

	private final Deque<Integer> script = new ArrayDeque<>();

	private Duration delay = Duration.ZERO;

	private int answered;

	private final HttpServer server;

	private WebhookReceiver(String secret, HttpServer server) {
		this.secret = secret;
		this.server = server;
	}

	/** Starts on a free port of 127.0.0.1. */
	public static WebhookReceiver start(String secret) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		WebhookReceiver receiver = new WebhookReceiver(secret, server);
		server.createContext("/hooks/ocr", receiver::handle);
		server.start();
		return receiver;
	}

	public URI url() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/ocr");
	}

	/** The next requests get these statuses, in order. */
	public synchronized void answers(Integer... statuses) {
		script.addAll(List.of(statuses));
	}

	/** Every answer from now on comes this long after its request arrived (a slow receiver). */
	public synchronized void answerAfter(Duration delay) {
		this.delay = delay;
	}

	/** How many requests have had their answer. */
	public synchronized int answered() {
		return answered;
	}

	public synchronized List<Request> requests() {
		return List.copyOf(requests);
	}

	/** The payloads received per idempotency key: one each, when every event was delivered once in effect. */
	public synchronized Map<String, Set<String>> payloadsByKey() {
		return requests.stream()
			.collect(Collectors.groupingBy(Request::idempotencyKey, Collectors.mapping(Request::payload, Collectors.toSet())));
	}

	/** Forgets what was received, the script and the delay. */
	public synchronized void reset() {
		requests.clear();
		script.clear();
		delay = Duration.ZERO;
		answered = 0;
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		boolean valid = new WebhookSignature(secret).verify(exchange.getRequestHeaders().getFirst(SIGNATURE_HEADER), body,
				Instant.now(), Duration.ofMinutes(5));
		int status;
		Duration wait;
		synchronized (this) {
			requests.add(new Request(exchange.getRequestHeaders().getFirst("Idempotency-Key"), body, valid));
			status = script.isEmpty() ? 200 : script.poll();
			wait = delay;
		}
		if (!wait.isZero()) {
			// the receiver's own slowness, which is what is being simulated, not a wait of the test
			TestData.sleep(wait);
		}
		byte[] answer = (status >= 400 ? "{\"error\": \"no\"}" : "").getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
		if (answer.length > 0) {
			exchange.getResponseBody().write(answer);
		}
		exchange.close();
		synchronized (this) {
			answered++;
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
