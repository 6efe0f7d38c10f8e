package io.invoiceocr.extract.normalize;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount found in a line of text.
 *
 * @param value    the amount, negative when printed as a credit (a minus sign, parentheses, {@code CR});
 *                 its scale is the number of decimals printed
 * @param start    offset of the amount's first character in the line, its sign, parenthesis or
 *                 currency mark included
 * @param end      offset just past its last character
 * @param currency the ISO 4217 code of the currency mark printed with it, or null when none is
 */
public record FoundAmount(BigDecimal value, int start, int end, String currency) {

	public FoundAmount {
		Objects.requireNonNull(value, "value");
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("not a span: " + start + ".." + end);
		}
	}

}
