package io.invoiceocr.webhook;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the outbox: takes the rows that are due, sends each, and records what the policy makes of
 * the answer, a batch per transaction.
 */
public class WebhookDelivery {

	/** What a pass over the outbox did. */
	public record Pass(int delivered, int retried, int dead) {

		public int attempted() {
			return delivered + retried + dead;
		}

	}

	private final WebhookOutbox outbox;

	private final WebhookSender sender;

	private final DeliveryPolicy policy;

	private final TransactionTemplate transaction;

	private final Clock clock;

	public WebhookDelivery(WebhookOutbox outbox, WebhookSender sender, DeliveryPolicy policy,
			TransactionTemplate transaction, Clock clock) {
		this.outbox = outbox;
		this.sender = sender;
		this.policy = policy;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Attempts every row due now, in batches of {@code batchSize}. */
	public Pass deliverDue(int batchSize) {
		int delivered = 0;
		int retried = 0;
		int dead = 0;
		while (true) {
			int[] counts = transaction.execute(status -> batch(batchSize));
			delivered += counts[0];
			retried += counts[1];
			dead += counts[2];
			if (counts[0] + counts[1] + counts[2] < batchSize) {
				return new Pass(delivered, retried, dead);
			}
		}
	}

	private int[] batch(int batchSize) {
		int[] counts = new int[3];
		List<OutboxRow> due = outbox.takeDue(clock.instant(), batchSize);
		for (OutboxRow row : due) {
			DeliveryPolicy.Attempt attempt = sender.send(row);
			DeliveryPolicy.Decision decision = policy.decide(attempt, row.attempts() + 1, row.createdAt(), clock.instant(),
					() -> ThreadLocalRandom.current().nextDouble());
			if (decision instanceof DeliveryPolicy.Decision.Retry retry) {
				outbox.retryAt(row.id(), retry.at(), attempt.detail());
				counts[1]++;
			}
			else if (decision instanceof DeliveryPolicy.Decision.Dead deadRow) {
				outbox.dead(row.id(), deadRow.reason());
				counts[2]++;
			}
			else {
				outbox.delivered(row.id(), attempt.detail());
				counts[0]++;
			}
		}
		return counts;
	}

}
