package io.invoiceocr.console.documents;

import java.util.List;

import io.invoiceocr.console.Times;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Webhook events given up on, newest first, with the answer of their last attempt. */
@Component
class DeadEvents {

	/** One dead event. */
	record DeadEvent(long id, String documentId, String event, int attempts, String lastResponse, String created,
			String dead) {
	}

	private final JdbcTemplate jdbc;

	DeadEvents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<DeadEvent> newest(int limit) {
		return jdbc.query("""
				SELECT id, document_id, event, attempts, left(last_response, 500), created_at, dead_at
				FROM webhook_outbox WHERE status = 'DEAD'
				ORDER BY dead_at DESC NULLS LAST, id DESC LIMIT ?
				""", (rs, i) -> new DeadEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
				rs.getString(5), Times.format(rs.getTimestamp(6).toInstant()),
				rs.getTimestamp(7) == null ? "" : Times.format(rs.getTimestamp(7).toInstant())), limit);
	}

}
