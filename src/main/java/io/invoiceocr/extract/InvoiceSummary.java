package io.invoiceocr.extract;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a person looks at first in a stored invoice ({@code ocr_document.invoice}, an
 * {@link Invoice} as JSON): who sent it, its date and its total. Read here, beside the record that
 * writes the JSON, so that no other stage depends on its shape.
 *
 * @param vendor      the vendor's name, or null
 * @param invoiceDate the issue date as written in the JSON (ISO), or null
 * @param total       the total as written in the JSON, or null
 * @param currency    the ISO currency code, or null
 */
public record InvoiceSummary(String vendor, String invoiceDate, String total, String currency) {

	/** Amounts as stored, with their scale: {@code 23.90}, not the double {@code 23.9}. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
		.build();

	private static final InvoiceSummary NONE = new InvoiceSummary(null, null, null, null);

	/** @param invoiceJson the stored invoice, or null when the document has none */
	public static InvoiceSummary of(String invoiceJson) {
		if (invoiceJson == null || invoiceJson.isBlank()) {
			return NONE;
		}
		JsonNode invoice = JSON.readTree(invoiceJson);
		return new InvoiceSummary(value(invoice.path("vendor").path("name")), value(invoice.path("invoiceDate")),
				value(invoice.path("total")), value(invoice.path("currency")));
	}

	private static String value(JsonNode field) {
		JsonNode value = field.path("value");
		return value.isMissingNode() || value.isNull() ? null : value.asString();
	}

}
