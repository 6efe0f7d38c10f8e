package io.invoiceocr.extract.normalize;

/**
 * Which character a document uses as its decimal separator, when the caller knows it. It only
 * settles the one case printed digits cannot: a single separator followed by exactly three digits,
 * which is a thousands separator in one convention and a decimal separator in the other.
 */
public enum DecimalStyle {

	/** A point separates decimals ({@code 1,234.56}): a lone {@code 1.234} is 1.234. */
	POINT,

	/** A comma separates decimals ({@code 1.234,56}): a lone {@code 1,234} is 1.234. */
	COMMA,

	/** Not known: a lone separator followed by three digits groups thousands. */
	UNKNOWN

}
