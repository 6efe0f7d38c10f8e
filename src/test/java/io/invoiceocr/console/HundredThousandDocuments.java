package io.invoiceocr.console;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the database with {@code count} documents in a few set-based statements (generate_series),
 * staged one every six seconds back from now (100,000 span a week), keyed
 * {@code raw-invoices/<thousand>/doc-<n>.pdf}: 1% PENDING, 1% PROCESSING, 10% FAILED with one of five
 * reasons, the rest COMPLETED; each with its staging and final audit rows. Every move is one the
 * status machine allows (PENDING, then PROCESSING, then the result).
 */
final class HundredThousandDocuments {

	static final String[] REASONS = { "the PDF is damaged or cut short", "no answer within 120s from the language model",
			"the object was removed before it could be read", "more than 200 pages", "unsupported content: a ZIP archive" };

	private HundredThousandDocuments() {
	}

	static void insert(JdbcTemplate jdbc, int count) {
		jdbc.update("""
				INSERT INTO ocr_document (id, bucket, object_key, source, ocr_status, size_bytes, created_at, updated_at)
				SELECT 'doc-' || i, 'invoices', 'raw-invoices/' || lpad((i / 1000)::text, 3, '0') || '/doc-' || i || '.pdf',
				       'SQS', 'PENDING', 40000 + i, now() - i * interval '6 seconds', now() - i * interval '6 seconds'
				FROM generate_series(1, ?) AS i
				""", count);
		jdbc.update("UPDATE ocr_document SET ocr_status = 'PROCESSING', attempts = 1 WHERE id LIKE 'doc-%' "
				+ "AND substring(id from 5)::int % 100 <> 0");
		jdbc.update("""
				UPDATE ocr_document SET ocr_status = CASE WHEN n % 10 = 3 THEN 'FAILED' ELSE 'COMPLETED' END,
				       error = CASE WHEN n % 10 = 3 THEN (ARRAY[?, ?, ?, ?, ?])[n / 10 % 5 + 1] END,
				       updated_at = created_at + interval '4 seconds'
				FROM (SELECT id AS doc, substring(id from 5)::int AS n FROM ocr_document WHERE ocr_status = 'PROCESSING') p
				WHERE id = p.doc AND p.n % 100 <> 1
				""", (Object[]) REASONS);
		jdbc.update("""
				INSERT INTO ocr_status_transition (document_id, from_status, to_status, reason, occurred_at)
				SELECT id, NULL, 'PENDING', 'staged', created_at FROM ocr_document
				UNION ALL
				SELECT id, 'PROCESSING', ocr_status, coalesce(error, 'processed'), updated_at FROM ocr_document
				WHERE ocr_status IN ('COMPLETED', 'FAILED')
				""");
		jdbc.execute("ANALYZE ocr_document");
		jdbc.execute("ANALYZE ocr_status_transition");
	}

}
