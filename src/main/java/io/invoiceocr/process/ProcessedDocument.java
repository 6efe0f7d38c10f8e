package io.invoiceocr.process;

import io.invoiceocr.document.DocumentResults;
import io.invoiceocr.document.OcrDocument;
import io.invoiceocr.document.OcrStatus;

import tools.jackson.databind.JsonNode;

/**
 * What processing made of one document, ready to be written: the result for the database and the
 * same content as trees for the webhook.
 *
 * @param document  the document as it was claimed
 * @param result    the row's new content
 * @param metadata  {@code ocr_metadata}, or null when the object could not be read
 * @param invoice   the invoice data, or null
 * @param elapsedMs time spent on this document, fetch to extraction
 */
public record ProcessedDocument(OcrDocument document, DocumentResults.Result result, JsonNode metadata,
		JsonNode invoice, long elapsedMs) {

	public OcrStatus status() {
		return result.status();
	}

}
