package io.invoiceocr.extract.llm;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.invoiceocr.extract.Invoice;
import io.invoiceocr.extract.InvoiceField;

/**
 * The language model's answer for one document.
 *
 * @param invoice      the answer's values that normalised, source {@code llm}, with the rows they were
 *                     read from as evidence
 * @param rawAnswer    the answer as the model gave it, to send back on a repair ask and to keep
 * @param rowsCited    the row number the answer cites for each field (rows of {@code DocumentText})
 * @param problems     values left out of the invoice because they did not normalise, worded for the
 *                     model: what a repair ask sends back; empty when every value was usable
 * @param truncation   which rows were left out to fit the model's context, or null when all were sent
 * @param promptTokens tokens of the prompt as the model counted them, or null when not reported
 * @param outputTokens tokens of the answer, or null when not reported
 * @param durationMs   time from building the request to the parsed answer, retries included
 */
public record LlmReply(Invoice invoice, String rawAnswer, Map<InvoiceField, Integer> rowsCited, List<String> problems,
		String truncation, Integer promptTokens, Integer outputTokens, long durationMs) {

	public LlmReply {
		rowsCited = rowsCited.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(rowsCited));
		problems = List.copyOf(problems);
	}

}
