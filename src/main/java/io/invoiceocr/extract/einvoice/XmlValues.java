package io.invoiceocr.extract.einvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.FieldSource;

/**
 * Turns the raw text of XML elements into invoice fields. A value read from the XML is what the
 * seller's system declared, so it gets full confidence; its text is the raw XML value, and its
 * evidence is left empty until the value is found on the printed page. Absent and blank elements
 * give null, the model's "not found".
 */
final class XmlValues {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern BASIC_DATE = Pattern.compile("\\d{8}");

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

	private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	// UN/EDIFACT code list 2379: 102 is CCYYMMDD, the only format EN 16931 allows for a day.
	private static final String FORMAT_DAY = "102";

	private XmlValues() {
	}

	/**
	 * Text such as a name or a description. Line breaks and runs of spaces inside it become one
	 * space: XML writers wrap long names, and the printed invoice does not show the XML's breaks.
	 */
	static Field<String> text(String raw) {
		if (isBlank(raw)) {
			return null;
		}
		return field(WHITESPACE.matcher(raw.strip()).replaceAll(" "), raw);
	}

	/** An identifier such as a tax id or an IBAN: no whitespace at all, as the model keeps them. */
	static Field<String> compact(String raw) {
		if (isBlank(raw)) {
			return null;
		}
		return field(WHITESPACE.matcher(raw).replaceAll(""), raw);
	}

	/**
	 * Several raw values as one text, e.g. the lines of an address or several payment terms; blank
	 * ones are left out. The text is the joined value, as no single raw value stands for it.
	 */
	static Field<String> joined(List<String> raws, String separator) {
		String joined = raws.stream()
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter(part -> !part.isEmpty())
			.map(part -> WHITESPACE.matcher(part).replaceAll(" "))
			.collect(Collectors.joining(separator));
		return joined.isEmpty() ? null : field(joined, joined);
	}

	/** A decimal: an amount, a quantity, a percentage. */
	static Field<BigDecimal> decimal(String raw, String element) throws InvalidValueException {
		if (isBlank(raw)) {
			return null;
		}
		try {
			return field(new BigDecimal(raw.strip()), raw);
		}
		catch (NumberFormatException ex) {
			throw new InvalidValueException(element + " holds '" + raw.strip() + "', which is not a decimal number");
		}
	}

	/**
	 * A CII date: {@code udt:DateTimeString} in format 102 (yyyyMMdd). Some ZUGFeRD 1.0 writers
	 * leave out the format or write an ISO date; both are read.
	 */
	static Field<LocalDate> ciiDate(String raw, String format, String element) throws InvalidValueException {
		if (isBlank(raw)) {
			return null;
		}
		String value = raw.strip();
		if (format != null && !format.isBlank() && !FORMAT_DAY.equals(format.strip())) {
			throw new InvalidValueException(element + " is in date format " + format.strip()
					+ ", not 102 (yyyyMMdd): it does not name a day");
		}
		try {
			if (BASIC_DATE.matcher(value).matches()) {
				return field(LocalDate.parse(value, YYYYMMDD), raw);
			}
			if (format == null && ISO_DATE.matcher(value).matches()) {
				return field(LocalDate.parse(value.substring(0, 10)), raw);
			}
		}
		catch (DateTimeParseException ex) {
			// reported below, with the value
		}
		throw new InvalidValueException(
				element + " holds '" + value + "', which is not a date in format 102 (yyyyMMdd)");
	}

	/** A UBL date: ISO 8601, yyyy-MM-dd. */
	static Field<LocalDate> isoDate(String raw, String element) throws InvalidValueException {
		if (isBlank(raw)) {
			return null;
		}
		try {
			return field(LocalDate.parse(raw.strip()), raw);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(element + " holds '" + raw.strip() + "', which is not a date (yyyy-MM-dd)");
		}
	}

	static <T> Field<T> field(T value, String raw) {
		return Field.of(value, raw, 1.0, FieldSource.EMBEDDED_XML, List.of());
	}

	static boolean isBlank(String raw) {
		return raw == null || raw.isBlank();
	}

}
