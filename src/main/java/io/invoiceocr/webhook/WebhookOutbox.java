package io.invoiceocr.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The outbox of webhook events: written with the result it reports, taken in batches by the
 * deliverer ({@code SKIP LOCKED}, so that two deliverers never send the same row at once), and
 * marked with the outcome of each attempt. Nothing is deleted; dead rows can be re-queued.
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

	/** Rows due for an attempt, oldest first, locked for the caller's transaction. */
	public List<OutboxRow> takeDue(Instant now, int limit) {
		return jdbc.query("""
				SELECT id, document_id, idempotency_key, payload::text AS payload, attempts, created_at
				FROM webhook_outbox
				WHERE status = 'PENDING' AND next_attempt_at <= ?
				ORDER BY next_attempt_at, id
				LIMIT ?
				FOR UPDATE SKIP LOCKED
				""", ROW, Timestamp.from(now), limit);
	}

	public void delivered(long id, String response) {
		jdbc.update("""
				UPDATE webhook_outbox SET status = 'DELIVERED', attempts = attempts + 1, last_response = ?,
				    delivered_at = now()
				WHERE id = ?
				""", response, id);
	}

	public void retryAt(long id, Instant next, String response) {
		jdbc.update("""
				UPDATE webhook_outbox SET attempts = attempts + 1, last_response = ?, next_attempt_at = ?
				WHERE id = ?
				""", response, Timestamp.from(next), id);
	}

	public void dead(long id, String reason) {
		jdbc.update("""
				UPDATE webhook_outbox SET status = 'DEAD', attempts = attempts + 1, last_response = ?, dead_at = now()
				WHERE id = ?
				""", reason, id);
	}

	/** Puts dead rows (of one document, or all when null) back in the queue; how many. */
	public int requeueDead(String documentId) {
		return jdbc.update("""
				UPDATE webhook_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = now(), dead_at = NULL
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
