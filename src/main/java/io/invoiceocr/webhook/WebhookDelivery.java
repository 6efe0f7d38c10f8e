package io.invoiceocr.webhook;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the outbox: takes the rows that are due, sends each, and records what the policy makes of
 * the answer, a batch per transaction.
 */
public class WebhookDelivery {

	/** What a pass over the outbox did. */
	public record Pass(int delivered, int retried, int dead) {

		static final Pass NONE = new Pass(0, 0, 0);

		public int attempted() {
			return delivered + retried + dead;
		}

		Pass plus(Pass other) {
			return new Pass(delivered + other.delivered, retried + other.retried, dead + other.dead);
		}

	}

	private final WebhookOutbox outbox;

	private final WebhookSender sender;

	private final DeliveryPolicy policy;

	private final TransactionTemplate transaction;

	private final Clock clock;

	/** @param sender the sender to the receiver, or null when none is configured */
	public WebhookDelivery(WebhookOutbox outbox, WebhookSender sender, DeliveryPolicy policy,
			TransactionTemplate transaction, Clock clock) {
		this.outbox = outbox;
		this.sender = sender;
		this.policy = policy;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Puts dead events (of one document, or all when null) back in the queue, committed at once so
	 * that the next delivery pass sees them; how many.
	 */
	public int requeueDead(String documentId) {
		Integer requeued = transaction.execute(status -> outbox.requeueDead(documentId));
		return requeued == null ? 0 : requeued;
	}

	/** Whether a receiver is configured; without one, events wait in the outbox. */
	public boolean configured() {
		return sender != null;
	}

	/** Attempts every row due now, in batches of {@code batchSize}; nothing without a receiver. */
	public Pass deliverDue(int batchSize) {
		Pass total = Pass.NONE;
		while (true) {
			Pass batch = deliverBatch(batchSize);
			total = total.plus(batch);
			if (batch.attempted() < batchSize) {
				return total;
			}
		}
	}

	/** Attempts up to {@code batchSize} rows due now, in one transaction; nothing without a receiver. */
	public Pass deliverBatch(int batchSize) {
		if (sender == null) {
			return Pass.NONE;
		}
		return transaction.execute(status -> batch(batchSize));
	}

	private Pass batch(int batchSize) {
		Pass pass = Pass.NONE;
		for (OutboxRow row : outbox.takeDue(clock.instant(), batchSize)) {
			DeliveryPolicy.Attempt attempt = sender.send(row);
			DeliveryPolicy.Decision decision = policy.decide(attempt, row.attempts() + 1, row.createdAt(), clock.instant(),
					() -> ThreadLocalRandom.current().nextDouble());
			if (decision instanceof DeliveryPolicy.Decision.Retry retry) {
				outbox.retryAt(row.id(), retry.at(), attempt.detail());
				pass = pass.plus(new Pass(0, 1, 0));
			}
			else if (decision instanceof DeliveryPolicy.Decision.Dead deadRow) {
				outbox.dead(row.id(), deadRow.reason());
				pass = pass.plus(new Pass(0, 0, 1));
			}
			else {
				outbox.delivered(row.id(), attempt.detail());
				pass = pass.plus(new Pass(1, 0, 0));
			}
		}
		return pass;
	}

}
