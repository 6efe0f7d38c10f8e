package io.invoiceocr.console.document;

import java.util.List;

import io.invoiceocr.console.Times;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The webhook events of one document with their attempts: the outbox keeps, per event, how many
 * attempts were made and the answer to the last one.
 */
@Component
class WebhookAttempts {

	record Attempt(long id, String event, String status, int attempts, String lastResponse, String created,
			String delivered, String nextAttempt) {
	}

	private final JdbcTemplate jdbc;

	WebhookAttempts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Attempt> of(String documentId) {
		return jdbc.query("""
				SELECT id, event, status, attempts, last_response, created_at, coalesce(delivered_at, dead_at), next_attempt_at
				FROM webhook_outbox WHERE document_id = ? ORDER BY created_at, id
				""", (rs, i) -> new Attempt(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
				Times.format(rs.getTimestamp(6).toInstant()),
				rs.getTimestamp(7) == null ? "" : Times.format(rs.getTimestamp(7).toInstant()),
				"PENDING".equals(rs.getString(3)) ? Times.format(rs.getTimestamp(8).toInstant()) : ""), documentId);
	}

}
