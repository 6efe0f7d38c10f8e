package io.invoiceocr.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The outbox of webhook events: written with the result it reports, claimed in batches by the
 * deliverer under a lease ({@code SKIP LOCKED}, so that two deliverers never claim the same row),
 * and marked with the outcome of each attempt under that claim. Nothing is deleted; dead rows can
 * be re-queued.
 */
@Repository
public class WebhookOutbox {

	private static final RowMapper<OutboxRow> ROW = (rs, rowNum) -> new OutboxRow(rs.getLong("id"),
			rs.getString("document_id"), rs.getString("idempotency_key"), rs.getString("payload"), rs.getInt("attempts"),
			rs.getTimestamp("created_at").toInstant());

	private final JdbcTemplate jdbc;

	public WebhookOutbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds an event in the caller's transaction; the same idempotency key twice is one row. */
	public void add(String documentId, String event, String idempotencyKey, String payload) {
		jdbc.update("""
				INSERT INTO webhook_outbox (document_id, event, idempotency_key, payload)
				VALUES (?, ?, ?, ?::jsonb)
				ON CONFLICT (idempotency_key) DO NOTHING
				""", documentId, event, idempotencyKey, payload);
	}

	/**
	 * Claims up to {@code limit} rows due at {@code now}, oldest first, for one attempt each: they
	 * carry {@code token} and are not due again before {@code leaseUntil}, so that no other
	 * deliverer takes them meanwhile and a deliverer that dies before recording the answer leaves
	 * them to be sent again after it. One statement; the row locks last only for the caller's
	 * (short) transaction, never while the events are sent.
	 */
	public List<OutboxRow> claimDue(Instant now, Instant leaseUntil, int limit, UUID token) {
		return jdbc.query("""
				UPDATE webhook_outbox o SET claim_token = ?, claimed_at = now(), next_attempt_at = ?
				FROM (SELECT id FROM webhook_outbox
				      WHERE status = 'PENDING' AND next_attempt_at <= ?
				      ORDER BY next_attempt_at, id
				      LIMIT ?
				      FOR UPDATE SKIP LOCKED) due
				WHERE o.id = due.id
				RETURNING o.id, o.document_id, o.idempotency_key, o.payload::text AS payload, o.attempts, o.created_at
				""", ROW, token, Timestamp.from(leaseUntil), Timestamp.from(now), limit)
			.stream()
			.sorted(Comparator.comparingLong(OutboxRow::id))
			.toList();
	}

	/** Records a delivery under the claim {@code token}; false when the claim is no longer this one. */
	public boolean delivered(long id, UUID token, String response) {
		return jdbc.update("""
				UPDATE webhook_outbox SET status = 'DELIVERED', attempts = attempts + 1, last_response = ?,
				    delivered_at = now(), claim_token = NULL, claimed_at = NULL
				WHERE id = ? AND claim_token = ?
				""", response, id, token) == 1;
	}

	/** Records a failed attempt to retry at {@code next}; false when the claim is no longer this one. */
	public boolean retryAt(long id, UUID token, Instant next, String response) {
		return jdbc.update("""
				UPDATE webhook_outbox SET attempts = attempts + 1, last_response = ?, next_attempt_at = ?,
				    claim_token = NULL, claimed_at = NULL
				WHERE id = ? AND claim_token = ?
				""", response, Timestamp.from(next), id, token) == 1;
	}

	/** Records that a row is dead; false when the claim is no longer this one. */
	public boolean dead(long id, UUID token, String reason) {
		return jdbc.update("""
				UPDATE webhook_outbox SET status = 'DEAD', attempts = attempts + 1, last_response = ?, dead_at = now(),
				    claim_token = NULL, claimed_at = NULL
				WHERE id = ? AND claim_token = ?
				""", reason, id, token) == 1;
	}

	/**
	 * Gives back claimed rows that were not attempted (the deliverer is stopping): due again at
	 * {@code now} instead of after the lease. How many.
	 */
	public int release(UUID token, Collection<Long> ids, Instant now) {
		if (ids.isEmpty()) {
			return 0;
		}
		return jdbc.update("""
				UPDATE webhook_outbox SET next_attempt_at = ?, claim_token = NULL, claimed_at = NULL
				WHERE claim_token = ? AND id = ANY (?::bigint[])
				""", Timestamp.from(now), token, ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
	}

	/** Gives back the pending rows claimed under these tokens, due at {@code now}; how many. */
	public int releaseClaims(Collection<UUID> tokens, Instant now) {
		if (tokens.isEmpty()) {
			return 0;
		}
		return jdbc.update("""
				UPDATE webhook_outbox SET next_attempt_at = ?, claim_token = NULL, claimed_at = NULL
				WHERE status = 'PENDING' AND claim_token = ANY (?::uuid[])
				""", Timestamp.from(now), tokens.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")));
	}

	/** Puts dead rows (of one document, or all when null) back in the queue; how many. */
	public int requeueDead(String documentId) {
		return jdbc.update("""
				UPDATE webhook_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = now(), dead_at = NULL,
				    claim_token = NULL, claimed_at = NULL
				WHERE status = 'DEAD' AND (?::text IS NULL OR document_id = ?)
				""", documentId, documentId);
	}

	/** Deletes delivered rows delivered before {@code cutoff}; how many. Pending and dead rows stay. */
	public int deleteDeliveredBefore(Instant cutoff) {
		return jdbc.update("DELETE FROM webhook_outbox WHERE status = 'DELIVERED' AND delivered_at < ?",
				Timestamp.from(cutoff));
	}

	/** Rows per status (PENDING, DELIVERED, DEAD). */
	public Map<String, Long> countByStatus() {
		Map<String, Long> counts = new TreeMap<>();
		jdbc.query("SELECT status, count(*) FROM webhook_outbox GROUP BY status", rs -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

}
