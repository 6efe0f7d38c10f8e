package io.invoiceocr.support;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** The documents' columns by document id, as the tests of a run look at them afterwards. */
public final class DocumentRows {

	private final JdbcTemplate jdbc;

	public DocumentRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Map<String, String> statuses() {
		return byId("SELECT id, ocr_status FROM ocr_document", String.class);
	}

	public Map<String, Integer> attempts() {
		return byId("SELECT id, attempts FROM ocr_document", Integer.class);
	}

	public Map<String, String> errorsOfFailed() {
		return byId("SELECT id, error FROM ocr_document WHERE ocr_status = 'FAILED'", String.class);
	}

	/** A query's second column by its first, a document id. */
	private <T> Map<String, T> byId(String sql, Class<T> type) {
		Map<String, T> values = new HashMap<>();
		jdbc.query(sql, rs -> {
			values.put(rs.getString(1), rs.getObject(2, type));
		});
		return values;
	}

}
