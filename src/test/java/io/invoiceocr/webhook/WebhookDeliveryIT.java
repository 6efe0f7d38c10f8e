package io.invoiceocr.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.invoiceocr.document.DocumentSource;
import io.invoiceocr.document.NewDocument;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery from the outbox in PostgreSQL to a receiver on loopback that checks the signature: a
 * receiver that is down for a while gets the event later, a refusal is dead at once, and a dead
 * row re-queued is delivered.
 */
@IntegrationTest
class WebhookDeliveryIT {

	private static final String SECRET = "whsec_it";

	private static final String PAYLOAD = "{\"documentId\": \"doc-1\", \"status\": \"COMPLETED\"}";

	@Autowired
	TestData data;

	@Autowired
	OcrDocumentRepository documents;

	@Autowired
	WebhookOutbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	private final Receiver receiver = new Receiver();

	private MutableClock clock;

	private WebhookDelivery delivery;

	@BeforeEach
	void givenAnEventInTheOutbox() throws IOException {
		data.reset();
		transaction.executeWithoutResult(status -> {
			documents.stage(List.of(new NewDocument("doc-1", "invoices", "raw-invoices/doc-1.pdf", null, null, 10L, null,
					DocumentSource.SQS, null, "m-1")), 1L);
			outbox.add("doc-1", "COMPLETED", "doc-1:COMPLETED:1", PAYLOAD);
		});
		// the service's clock, a moment after the database wrote the row
		clock = new MutableClock(Instant.now().plusSeconds(1));
		receiver.start();
		WebhookSender sender = new WebhookSender(receiver.url(), new WebhookSignature(SECRET), Duration.ofSeconds(5), clock);
		delivery = new WebhookDelivery(outbox, sender,
				new DeliveryPolicy(5, Duration.ofDays(1), Duration.ofSeconds(30), Duration.ofMinutes(30)), transaction, clock);
	}

	@AfterEach
	void stopTheReceiver() {
		receiver.stop();
	}

	@Test
	void aReceiverDownForAWhileGetsTheEventLaterWithAValidSignatureAndTheSameKey() {
		// given the receiver answers 503 once, then 200
		receiver.answers(503, 200);

		// when the outbox is drained, and again once the retry is due
		WebhookDelivery.Pass first = delivery.deliverDue(10);
		WebhookDelivery.Pass early = delivery.deliverDue(10);
		clock.advance(Duration.ofMinutes(1));
		WebhookDelivery.Pass later = delivery.deliverDue(10);

		// then
		assertThat(first).isEqualTo(new WebhookDelivery.Pass(0, 1, 0));
		assertThat(early.attempted()).as("nothing is due before the backoff").isZero();
		assertThat(later).isEqualTo(new WebhookDelivery.Pass(1, 0, 0));
		assertThat(receiver.requests).hasSize(2).allSatisfy(request -> {
			assertThat(request.idempotencyKey()).isEqualTo("doc-1:COMPLETED:1");
			assertThat(request.signatureValid()).isTrue();
		});
		assertThat(status()).isEqualTo("DELIVERED");
	}

	@Test
	void aRefusalIsDeadAtOnceAndARequeuedRowIsDelivered() {
		// given
		receiver.answers(400, 200);

		// when
		WebhookDelivery.Pass refused = delivery.deliverDue(10);
		String reason = jdbc.queryForObject("SELECT last_response FROM webhook_outbox", String.class);
		int requeued = outbox.requeueDead(null);
		WebhookDelivery.Pass again = delivery.deliverDue(10);

		// then
		assertThat(refused).isEqualTo(new WebhookDelivery.Pass(0, 0, 1));
		assertThat(reason).contains("HTTP 400", "not retried");
		assertThat(requeued).isEqualTo(1);
		assertThat(again.delivered()).isEqualTo(1);
		assertThat(status()).isEqualTo("DELIVERED");
	}

	@Test
	void aReceiverThatIsNotThereIsRetriedWithTheReason() {
		receiver.stop();

		WebhookDelivery.Pass pass = delivery.deliverDue(10);

		assertThat(pass.retried()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT last_response FROM webhook_outbox", String.class)).contains("could not reach");
		assertThat(status()).isEqualTo("PENDING");
	}

	private String status() {
		return jdbc.queryForObject("SELECT status FROM webhook_outbox", String.class);
	}

	private record Request(String idempotencyKey, boolean signatureValid) {
	}

	/** A receiver that checks the signature as the README tells receivers to, answering as scripted. */
	private static final class Receiver {

		final List<Request> requests = new ArrayList<>();

		private final Deque<Integer> script = new ArrayDeque<>();

		private HttpServer server;

		void answers(Integer... statuses) {
			script.addAll(List.of(statuses));
		}

		void start() throws IOException {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/hooks/ocr", this::handle);
			server.start();
		}

		URI url() {
			return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/ocr");
		}

		void stop() {
			server.stop(0);
		}

		private void handle(HttpExchange exchange) throws IOException {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			boolean valid = new WebhookSignature(SECRET).verify(
					exchange.getRequestHeaders().getFirst(WebhookSender.SIGNATURE_HEADER), body, Instant.now(),
					Duration.ofMinutes(5));
			synchronized (requests) {
				requests.add(new Request(exchange.getRequestHeaders().getFirst("Idempotency-Key"), valid));
			}
			Integer status = script.isEmpty() ? 200 : script.poll();
			byte[] answer = (status >= 400 ? "{\"error\": \"no\"}" : "").getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
			if (answer.length > 0) {
				exchange.getResponseBody().write(answer);
			}
			exchange.close();
		}

	}

	/** A clock the test moves forward, so that a retry comes due without waiting. */
	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
