package io.invoiceocr.console.document;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What processing stored of a document: its text, its OCR metadata and its invoice, as JSON text. */
@Component
class StoredResult {

	record Result(String text, String metadataJson, String invoiceJson) {
	}

	private final JdbcTemplate jdbc;

	StoredResult(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Result> of(String documentId) {
		return jdbc.query("SELECT ocr_text, ocr_metadata::text, invoice::text FROM ocr_document WHERE id = ?",
				(rs, i) -> new Result(rs.getString(1), rs.getString(2), rs.getString(3)), documentId).stream().findFirst();
	}

}
