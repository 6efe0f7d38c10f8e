package io.invoiceocr.extract;

/**
 * One thing validation checked.
 *
 * @param name   what was checked: {@code grounded}, {@code total = subtotal + tax}, {@code required}, ...
 * @param field  the field path it concerns ({@code total}, {@code lineItems}), or null for the whole invoice
 * @param passed whether it held
 * @param detail the figures or the reason, for a person to read
 */
public record Check(String name, String field, boolean passed, String detail) {

	public static Check passed(String name, String field, String detail) {
		return new Check(name, field, true, detail);
	}

	public static Check failed(String name, String field, String detail) {
		return new Check(name, field, false, detail);
	}

}
