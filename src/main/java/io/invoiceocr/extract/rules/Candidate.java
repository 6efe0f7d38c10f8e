package io.invoiceocr.extract.rules;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.FieldSource;

/**
 * A value a rule found, where it stands, and how sure the rule is of it.
 *
 * @param value      the normalised value
 * @param text       the value as printed
 * @param row        the row it was found in
 * @param start      where it starts in the row's text
 * @param end        where it ends in the row's text
 * @param confidence 0..1
 * @param <T>        the value's type
 */
record Candidate<T>(T value, String text, DocumentText.Row row, int start, int end, double confidence) {

	Field<T> toField() {
		return Field.of(value, text, confidence, FieldSource.RULES, row.evidence(start, end));
	}

}
