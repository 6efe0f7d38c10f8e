package io.invoiceocr.console.documents;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The document list's queries, newest first, paged by keyset ({@code (created_at, id) < cursor},
 * never OFFSET) so that page 1,000 costs what page 1 does. Only the conditions the filter has are
 * written into the statement, each a bound parameter, so that the planner sees which index serves
 * it (V9's indexes on status, staging time and key prefix). Counts stop at {@link #COUNT_CAP}.
 */
@Component
class DocumentList {

	static final int COUNT_CAP = 10_000;

	private static final RowMapper<DocumentRow> ROW = (rs, i) -> new DocumentRow(rs.getString("id"),
			rs.getString("bucket"), rs.getString("object_key"), rs.getString("ocr_status"), rs.getInt("attempts"),
			rs.getString("error"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());

	/** A page of rows and the cursor of the next page, null on the last one. */
	record Page(List<DocumentRow> rows, DocumentFilter.Cursor next) {
	}

	private final JdbcTemplate jdbc;

	DocumentList(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Page page(DocumentFilter filter, int size) {
		Where where = where(filter, true);
		List<Object> arguments = new ArrayList<>(where.arguments());
		arguments.add(size + 1);
		List<DocumentRow> rows = jdbc.query("SELECT id, bucket, object_key, ocr_status, attempts, left(error, 300) AS error,"
				+ " created_at, updated_at FROM ocr_document" + where.sql() + " ORDER BY created_at DESC, id DESC LIMIT ?",
				ROW, arguments.toArray());
		if (rows.size() <= size) {
			return new Page(rows, null);
		}
		List<DocumentRow> shown = rows.subList(0, size);
		return new Page(List.copyOf(shown), shown.get(size - 1).cursor());
	}

	/** How many documents match, up to {@link #COUNT_CAP} + 1. */
	long count(DocumentFilter filter) {
		Where where = where(filter, false);
		List<Object> arguments = new ArrayList<>(where.arguments());
		arguments.add(COUNT_CAP + 1);
		Long count = jdbc.queryForObject("SELECT count(*) FROM (SELECT 1 FROM ocr_document" + where.sql() + " LIMIT ?) m",
				Long.class, arguments.toArray());
		return count == null ? 0 : count;
	}

	/** The ids of the matching documents, newest first, at most {@code limit}. */
	List<String> ids(DocumentFilter filter, int limit) {
		Where where = where(filter, false);
		List<Object> arguments = new ArrayList<>(where.arguments());
		arguments.add(limit);
		return jdbc.queryForList("SELECT id FROM ocr_document" + where.sql() + " ORDER BY created_at DESC, id DESC LIMIT ?",
				String.class, arguments.toArray());
	}

	private record Where(String sql, List<Object> arguments) {
	}

	private static Where where(DocumentFilter filter, boolean withCursor) {
		List<String> conditions = new ArrayList<>();
		List<Object> arguments = new ArrayList<>();
		if (filter.status() != null) {
			conditions.add("ocr_status = ?");
			arguments.add(filter.status().name());
		}
		if (filter.error() != null) {
			conditions.add("error ILIKE ? ESCAPE '\\'");
			arguments.add("%" + likeEscaped(filter.error()) + "%");
		}
		if (filter.from() != null) {
			conditions.add("created_at >= ?");
			arguments.add(Timestamp.from(filter.fromInstant()));
		}
		if (filter.to() != null) {
			conditions.add("created_at < ?");
			arguments.add(Timestamp.from(filter.toInstant()));
		}
		if (filter.prefix() != null) {
			conditions.add("object_key LIKE ? ESCAPE '\\'");
			arguments.add(likeEscaped(filter.prefix()) + "%");
		}
		if (withCursor && filter.after() != null) {
			conditions.add("(created_at, id) < (?, ?)");
			arguments.add(Timestamp.from(filter.after().createdAt()));
			arguments.add(filter.after().id());
		}
		return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), arguments);
	}

	static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
