package io.invoiceocr.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.invoiceocr.webhook.WebhookSignature;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main application's side of the webhook, for the embedded default: a receiver on loopback
 * that verifies each event's signature as a real receiver must, answers 200 (401 for a bad
 * signature) and logs what it got.
 */
public final class LocalWebhookReceiver implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalWebhookReceiver.class);

	private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");

	private static final Duration TOLERANCE = Duration.ofMinutes(5);

	private final HttpServer server;

	private final WebhookSignature signature;

	private final AtomicInteger received = new AtomicInteger();

	private LocalWebhookReceiver(HttpServer server, WebhookSignature signature) {
		this.server = server;
		this.signature = signature;
	}

	public static LocalWebhookReceiver start(String secret) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		LocalWebhookReceiver receiver = new LocalWebhookReceiver(server, new WebhookSignature(secret));
		server.createContext("/api/webhooks/ocr-result", receiver::handle);
		server.start();
		return receiver;
	}

	public URI url() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/webhooks/ocr-result");
	}

	/** Events accepted so far. */
	public int received() {
		return received.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
		boolean valid = signature.verify(exchange.getRequestHeaders().getFirst("Invoice-OCR-Signature"), body,
				Instant.now(), TOLERANCE);
		int status = valid ? 200 : 401;
		if (valid) {
			received.incrementAndGet();
			Matcher matcher = STATUS.matcher(body);
			log.info("Webhook received: {} ({} bytes, Idempotency-Key {}, signature valid)",
					matcher.find() ? matcher.group(1) : "?", body.length(), key);
		}
		else {
			log.warn("Webhook refused: bad signature (Idempotency-Key {})", key);
		}
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
