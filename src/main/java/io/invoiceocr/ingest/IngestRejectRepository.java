package io.invoiceocr.ingest;

import java.util.List;

import io.invoiceocr.document.DocumentSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code ingest_reject}: messages that could not be (fully) staged, kept verbatim with the reason. */
@Repository
public class IngestRejectRepository {

	private final JdbcTemplate jdbc;

	public IngestRejectRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps a message; a redelivery of the same message id is kept once. */
	public void save(List<Reject> rejects) {
		if (rejects.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("""
				INSERT INTO ingest_reject (source, message_id, reason, body)
				VALUES (?, ?, ?, ?)
				ON CONFLICT (source, message_id) DO NOTHING
				""", rejects, rejects.size(), (ps, reject) -> {
			ps.setString(1, reject.source().name());
			ps.setString(2, reject.messageId());
			ps.setString(3, reject.reason());
			ps.setString(4, reject.body());
		});
	}

	public List<Reject> findAll() {
		return jdbc.query("SELECT source, message_id, reason, body FROM ingest_reject ORDER BY id",
				(rs, i) -> new Reject(DocumentSource.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
						rs.getString(4)));
	}

	public record Reject(DocumentSource source, String messageId, String reason, String body) {
	}

}
