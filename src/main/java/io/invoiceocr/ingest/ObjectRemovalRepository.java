package io.invoiceocr.ingest;

import java.sql.Timestamp;
import java.util.List;

import io.invoiceocr.document.DocumentSource;
import io.invoiceocr.ingest.event.ObjectEvent;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code ingest_object_removal}: ObjectRemoved events, recorded and never staged. */
@Repository
public class ObjectRemovalRepository {

	private final JdbcTemplate jdbc;

	public ObjectRemovalRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void save(DocumentSource source, String messageId, List<ObjectEvent> removals) {
		if (removals.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("""
				INSERT INTO ingest_object_removal (bucket, object_key, version_id, event_name, event_time, source, message_id)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT ON CONSTRAINT ingest_object_removal_event DO NOTHING
				""", removals, removals.size(), (ps, event) -> {
			ps.setString(1, event.bucket());
			ps.setString(2, event.key());
			ps.setString(3, event.versionId());
			ps.setString(4, event.eventName() == null ? "ObjectRemoved" : event.eventName());
			ps.setTimestamp(5, event.eventTime() == null ? null : Timestamp.from(event.eventTime()));
			ps.setString(6, source.name());
			ps.setString(7, messageId);
		});
	}

	public long count() {
		Long count = jdbc.queryForObject("SELECT count(*) FROM ingest_object_removal", Long.class);
		return count == null ? 0 : count;
	}

}
