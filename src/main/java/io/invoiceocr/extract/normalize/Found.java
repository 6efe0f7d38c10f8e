package io.invoiceocr.extract.normalize;

import java.util.Objects;

/**
 * An identifier found in a line of text: a tax id, an IBAN, an e-mail address or a phone number.
 *
 * @param value the identifier normalised for comparison: without the spaces, dots and dashes it was
 *              printed with, letters in upper case (e-mail addresses in lower case)
 * @param start offset of its first printed character in the line
 * @param end   offset just past its last printed character
 */
public record Found(String value, int start, int end) {

	public Found {
		Objects.requireNonNull(value, "value");
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("not a span: " + start + ".." + end);
		}
	}

}
