package io.invoiceocr.webhook;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import io.invoiceocr.document.DocumentSource;
import io.invoiceocr.document.NewDocument;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.launch.JobLaunches;
import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.TestData;
import io.invoiceocr.support.WebhookReceiver;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Delivery from the outbox in PostgreSQL to a receiver on loopback that checks the signature: a
 * receiver that is down for a while gets the event later, a refusal is dead at once, a dead row
 * re-queued is delivered, a slow receiver is waited on with no row locked and no transaction open,
 * and an event whose deliverer died between sending and recording is sent again.
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

	@Autowired
	JobLaunches launches;

	/** The receiver the service's own jobs deliver to. */
	@Autowired
	WebhookReceiver serviceReceiver;

	private WebhookReceiver receiver;

	private WebhookSender sender;

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
		sender = new WebhookSender(receiver.url(), new WebhookSignature(SECRET), Duration.ofSeconds(5), clock,
				RestClient.builder());
		delivery = new WebhookDelivery(outbox, sender,
				new DeliveryPolicy(5, Duration.ofDays(1), Duration.ofSeconds(30), Duration.ofMinutes(30)), transaction, clock);
	}

	@AfterEach
	void stopTheReceiver() {
		receiver.close();
		serviceReceiver.reset();
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

	@Test
	void aSlowReceiverIsWaitedOnWithNoOutboxRowLockedAndNoTransactionOpen() throws Exception {
		// given three events and a receiver that takes 2 s to answer each
		transaction.executeWithoutResult(status -> {
			for (String id : List.of("doc-2", "doc-3")) {
				documents.stage(List.of(new NewDocument(id, "invoices", "raw-invoices/" + id + ".pdf", null, null, 10L, null,
						DocumentSource.SQS, null, "m-" + id)), 1L);
				outbox.add(id, "COMPLETED", id + ":COMPLETED:1", PAYLOAD.replace("doc-1", id));
			}
		});
		serviceReceiver.reset();
		serviceReceiver.answerAfter(Duration.ofSeconds(2));

		// when deliverWebhooksJob runs and the receiver has the first event
		JobExecution run = launch("deliverWebhooksJob");
		await().atMost(Duration.ofSeconds(30)).until(() -> serviceReceiver.requests().size() == 1);

		// then, seen from another connection while it waits for the answer: every outbox row can be
		// locked at once, no lock is held on the outbox, and no connection is idle in a transaction
		List<Long> lockable = transaction.execute(status -> jdbc.queryForList(
				"SELECT id FROM webhook_outbox ORDER BY id FOR UPDATE NOWAIT", Long.class));
		long outboxLocks = count("""
				SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
				WHERE c.relname LIKE 'webhook_outbox%' AND l.pid <> pg_backend_pid()
				""");
		List<String> idleInTransaction = jdbc.queryForList("""
				SELECT state || ': ' || coalesce(query, '') FROM pg_stat_activity
				WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'
				""", String.class);
		int answeredDuringTheChecks = serviceReceiver.answered();
		assertThat(lockable).hasSize(3);
		assertThat(outboxLocks).isZero();
		assertThat(idleInTransaction).isEmpty();
		assertThat(answeredDuringTheChecks).as("the first event was still being waited on").isZero();
		// and the events it was not sending yet are claimed, waiting their turn
		assertThat(count("SELECT count(*) FROM webhook_outbox WHERE claim_token IS NOT NULL")).isEqualTo(3);

		// and in the end every event is delivered once
		await().atMost(Duration.ofSeconds(60)).until(() -> !launches.execution(run.getId()).isRunning());
		assertThat(launches.execution(run.getId()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(jdbc.queryForList("SELECT status FROM webhook_outbox", String.class)).containsOnly("DELIVERED");
		assertThat(count("SELECT count(*) FROM webhook_outbox WHERE claim_token IS NOT NULL")).isZero();
		assertThat(serviceReceiver.payloadsByKey()).hasSize(3);
	}

	@Test
	void anEventSentWhoseDelivererDiedBeforeRecordingTheAnswerIsSentAgainWhenItsClaimRunsOut() {
		// given a deliverer that claimed the event and sent it, and died before it recorded the answer
		UUID deadClaim = UUID.randomUUID();
		List<OutboxRow> claimed = transaction.execute(
				status -> outbox.claimDue(clock.instant(), clock.instant().plus(delivery.lease(10)), 10, deadClaim));
		assertThat(sender.send(claimed.get(0)).status()).isEqualTo(200);

		// when the outbox is drained at once, and again once the dead deliverer's claim has run out
		WebhookDelivery.Pass whileClaimed = delivery.deliverDue(10);
		clock.advance(delivery.lease(10).plusSeconds(1));
		WebhookDelivery.Pass afterTheClaim = delivery.deliverDue(10);

		// then it is sent again, with the same key and body, and recorded as delivered
		assertThat(whileClaimed.attempted()).as("nobody else takes a claimed event").isZero();
		assertThat(afterTheClaim).isEqualTo(new WebhookDelivery.Pass(1, 0, 0));
		assertThat(receiver.requests()).hasSize(2)
			.allSatisfy(request -> assertThat(request.idempotencyKey()).isEqualTo("doc-1:COMPLETED:1"));
		assertThat(receiver.payloadsByKey().get("doc-1:COMPLETED:1")).hasSize(1);
		assertThat(status()).isEqualTo("DELIVERED");
		// and an answer recorded late under the dead claim changes nothing
		Boolean lateAnswerRecorded = transaction
			.execute(status -> outbox.retryAt(claimed.get(0).id(), deadClaim, clock.instant(), "late"));
		assertThat(lateAnswerRecorded).isFalse();
		assertThat(status()).isEqualTo("DELIVERED");
	}

	private JobExecution launch(String jobName) {
		try {
			return launches.start(jobName, new Properties());
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not launch " + jobName, ex);
		}
	}

	private long count(String sql) {
		Long value = jdbc.queryForObject(sql, Long.class);
		return value == null ? 0 : value;
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
