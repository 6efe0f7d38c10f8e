package io.invoiceocr.document;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The documents a run claimed, as a person wants to see them when it ends. */
@Repository
public class RunResults {

	/**
	 * One document's outcome in short.
	 *
	 * @param invoice the invoice read from it, as stored (JSON), or null
	 * @param error   why it failed, or null
	 * @param ms      time spent processing it, or null when not known
	 */
	public record Row(String documentId, OcrStatus status, String invoice, Long ms, String error) {
	}

	private final JdbcTemplate jdbc;

	public RunResults(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Row> claimedBy(long claimExecution, int limit) {
		return jdbc.query("""
				SELECT id, ocr_status, invoice::text, (ocr_metadata #>> '{timingsMs,total}')::bigint, error
				FROM ocr_document WHERE claim_job_execution = ?
				ORDER BY id LIMIT ?
				""", (rs, i) -> new Row(rs.getString(1), OcrStatus.valueOf(rs.getString(2)), rs.getString(3),
				rs.getObject(4, Long.class), rs.getString(5)),
				claimExecution, limit);
	}

}
