package io.invoiceocr.extract.normalize;

import java.util.Objects;

/**
 * A currency mark found in a line of text: a symbol, an ISO 4217 code or a local abbreviation.
 *
 * @param code  the ISO 4217 code the mark names
 * @param start offset of the mark's first character in the line
 * @param end   offset just past its last character
 */
public record FoundCurrency(String code, int start, int end) {

	public FoundCurrency {
		Objects.requireNonNull(code, "code");
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("not a span: " + start + ".." + end);
		}
	}

}
