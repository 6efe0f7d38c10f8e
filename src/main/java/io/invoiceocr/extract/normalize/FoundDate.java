package io.invoiceocr.extract.normalize;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date found in a line of text.
 *
 * @param value the date
 * @param start offset of its first character in the line
 * @param end   offset just past its last character
 */
public record FoundDate(LocalDate value, int start, int end) {

	public FoundDate {
		Objects.requireNonNull(value, "value");
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("not a span: " + start + ".." + end);
		}
	}

}
