package io.invoiceocr.webhook;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.invoiceocr.document.DocumentSource;
import io.invoiceocr.document.NewDocument;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.TestData;
import io.invoiceocr.support.WebhookReceiver;
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

	private WebhookReceiver receiver;

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
		receiver = WebhookReceiver.start(SECRET);
		WebhookSender sender = new WebhookSender(receiver.url(), new WebhookSignature(SECRET), Duration.ofSeconds(5), clock);
		delivery = new WebhookDelivery(outbox, sender,
				new DeliveryPolicy(5, Duration.ofDays(1), Duration.ofSeconds(30), Duration.ofMinutes(30)), transaction, clock);
	}

	@AfterEach
	void stopTheReceiver() {
		receiver.close();
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
		assertThat(receiver.requests()).hasSize(2).allSatisfy(request -> {
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
		receiver.close();

		WebhookDelivery.Pass pass = delivery.deliverDue(10);

		assertThat(pass.retried()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT last_response FROM webhook_outbox", String.class)).contains("could not reach");
		assertThat(status()).isEqualTo("PENDING");
	}

	private String status() {
		return jdbc.queryForObject("SELECT status FROM webhook_outbox", String.class);
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
