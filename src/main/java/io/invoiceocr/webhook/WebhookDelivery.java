package io.invoiceocr.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the outbox: claims the rows that are due, a batch at a time, sends each, and records what
 * the policy makes of the answer. No transaction is open and no connection held while a receiver is
 * waited on: a slow receiver holds up its events, not the database.
 */
public class WebhookDelivery {

	/** Beyond the attempts' own limits, for the claim and the write-backs. */
	static final Duration LEASE_MARGIN = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

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

	private final Duration attemptLimit;

	/**
	 * @param sender      the sender to the receiver, or null when none is configured
	 * @param transaction a transaction of its own for each claim and each answer recorded
	 */
	public WebhookDelivery(WebhookOutbox outbox, WebhookSender sender, DeliveryPolicy policy,
			TransactionTemplate transaction, Clock clock) {
		this.outbox = outbox;
		this.sender = sender;
		this.policy = policy;
		this.transaction = transaction;
		this.clock = clock;
		this.attemptLimit = sender == null ? Duration.ZERO : sender.attemptLimit();
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
		return untilDrained(batchSize, () -> deliverBatch(batchSize));
	}

	/** The same for a job execution, its claims under the run's token ({@link #deliverBatchForRun}). */
	public Pass deliverDueForRun(long jobExecutionId, int batchSize) {
		return untilDrained(batchSize, () -> deliverBatchForRun(jobExecutionId, batchSize));
	}

	private static Pass untilDrained(int batchSize, Supplier<Pass> deliverBatch) {
		Pass total = Pass.NONE;
		while (true) {
			Pass batch = deliverBatch.get();
			total = total.plus(batch);
			if (batch.attempted() < batchSize) {
				return total;
			}
		}
	}

	/**
	 * Attempts up to {@code batchSize} rows due now; nothing without a receiver. The rows are claimed
	 * in one short transaction, sent with no transaction open and no connection held, and each
	 * answer is recorded in a transaction of its own. Rows claimed and not sent (the thread was
	 * interrupted, the lease is about to run out) are given back at once; rows sent and not recorded
	 * (the process died) are due again when the claim's lease runs out, and sent again with the same
	 * idempotency key.
	 */
	public Pass deliverBatch(int batchSize) {
		return deliverBatch(batchSize, UUID.randomUUID());
	}

	/**
	 * The same, for a job execution: its claims carry the run's own token, so that when the run dies
	 * its claims can be given back at once ({@link #releaseClaimsOfRuns}) instead of after the lease.
	 */
	public Pass deliverBatchForRun(long jobExecutionId, int batchSize) {
		return deliverBatch(batchSize, runToken(jobExecutionId));
	}

	/**
	 * Gives back, due now, the events that these runs (known to be dead) had claimed: those sent and
	 * not recorded are sent again with the same idempotency key. How many.
	 */
	public int releaseClaimsOfRuns(Collection<Long> jobExecutionIds) {
		List<UUID> tokens = jobExecutionIds.stream().map(WebhookDelivery::runToken).toList();
		Integer released = transaction.execute(status -> outbox.releaseClaims(tokens, clock.instant()));
		return released == null ? 0 : released;
	}

	/** A run's claim token: derived from its execution id, so that whoever recovers the run knows it. */
	static UUID runToken(long jobExecutionId) {
		return UUID.nameUUIDFromBytes(("invoice-ocr job execution " + jobExecutionId).getBytes(StandardCharsets.UTF_8));
	}

	private Pass deliverBatch(int batchSize, UUID token) {
		if (sender == null) {
			return Pass.NONE;
		}
		Instant claimedAt = clock.instant();
		Instant leaseUntil = claimedAt.plus(lease(batchSize));
		List<OutboxRow> claimed = transaction
			.execute(status -> outbox.claimDue(claimedAt, leaseUntil, batchSize, token));
		Pass pass = Pass.NONE;
		int attempted = 0;
		try {
			for (OutboxRow row : claimed) {
				if (Thread.currentThread().isInterrupted() || clock.instant().plus(attemptLimit).isAfter(leaseUntil)) {
					break;
				}
				DeliveryPolicy.Attempt attempt = sender.send(row);
				attempted++;
				pass = pass.plus(record(row, token, attempt));
			}
		}
		finally {
			giveBack(token, claimed.subList(attempted, claimed.size()));
		}
		return pass;
	}

	/**
	 * How long a batch is the claimer's: every attempt in it may take up to the sender's limit; past
	 * that, another deliverer may take the rows (and would send a row again whose answer this one
	 * has not recorded).
	 */
	Duration lease(int batchSize) {
		return attemptLimit.multipliedBy(batchSize).plus(LEASE_MARGIN);
	}

	private Pass record(OutboxRow row, UUID token, DeliveryPolicy.Attempt attempt) {
		DeliveryPolicy.Decision decision = policy.decide(attempt, row.attempts() + 1, row.createdAt(), clock.instant(),
				() -> ThreadLocalRandom.current().nextDouble());
		Boolean recorded;
		Pass outcome;
		if (decision instanceof DeliveryPolicy.Decision.Retry retry) {
			recorded = transaction.execute(status -> outbox.retryAt(row.id(), token, retry.at(), attempt.detail()));
			outcome = new Pass(0, 1, 0);
		}
		else if (decision instanceof DeliveryPolicy.Decision.Dead deadRow) {
			recorded = transaction.execute(status -> outbox.dead(row.id(), token, deadRow.reason()));
			outcome = new Pass(0, 0, 1);
		}
		else {
			recorded = transaction.execute(status -> outbox.delivered(row.id(), token, attempt.detail()));
			outcome = new Pass(1, 0, 0);
		}
		if (!Boolean.TRUE.equals(recorded)) {
			log.warn("The answer to webhook event {} ({}) was not recorded: its claim ran out before the answer came "
					+ "and another delivery has it; it may reach the receiver twice with the same idempotency key",
					row.id(), row.idempotencyKey());
		}
		return outcome;
	}

	/** Claimed rows that were not attempted are due again now rather than after the lease. */
	private void giveBack(UUID token, List<OutboxRow> unsent) {
		if (unsent.isEmpty()) {
			return;
		}
		List<Long> ids = unsent.stream().map(OutboxRow::id).toList();
		try {
			transaction.executeWithoutResult(status -> outbox.release(token, ids, clock.instant()));
		}
		catch (RuntimeException ex) {
			log.warn("{} webhook events claimed and not sent could not be given back ({}); they are due again when "
					+ "their claim runs out", ids.size(), ex.getMessage());
		}
	}

}
