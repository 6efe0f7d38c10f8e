package io.invoiceocr.extract.normalize;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A percentage found in a line of text, such as a tax rate.
 *
 * @param rate  the rate as printed, in percent: {@code 19,5 %} is 19.5
 * @param start offset of its first character in the line, its sign included
 * @param end   offset just past the percent sign
 */
public record FoundPercent(BigDecimal rate, int start, int end) {

	public FoundPercent {
		Objects.requireNonNull(rate, "rate");
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("not a span: " + start + ".." + end);
		}
	}

}
