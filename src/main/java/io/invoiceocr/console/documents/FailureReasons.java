package io.invoiceocr.console.documents;

import java.util.List;

import io.invoiceocr.console.Times;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The FAILED documents grouped by the start of their error, the most frequent first. */
@Component
class FailureReasons {

	/** How long a start of the error makes a reason: long enough to tell causes apart, short of details. */
	static final int REASON_LENGTH = 120;

	/** One reason with how many documents failed with it and when the last did. */
	record Reason(String reason, long documents, String lastFailed) {
	}

	private final JdbcTemplate jdbc;

	FailureReasons(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Reason> top(int limit) {
		return jdbc.query("""
				SELECT left(coalesce(error, ''), ?) AS reason, count(*), max(updated_at)
				FROM ocr_document WHERE ocr_status = 'FAILED'
				GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?
				""", (rs, i) -> new Reason(rs.getString(1), rs.getLong(2), Times.format(rs.getTimestamp(3).toInstant())),
				REASON_LENGTH, limit);
	}

}
