package io.invoiceocr.extract.normalize;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Reads amounts of money as invoices and receipts print them, in any common convention:
 * {@code 1.234,56}, {@code 1,234.56}, {@code 1 234,56} (also with a non-breaking or narrow
 * no-break space), {@code 1'234.56}, {@code 1234.5}, {@code 1234}, with a currency mark before or
 * after ({@code RM9.90}, {@code RM 9.90}, {@code $1,234}, {@code EUR 1.234,56}, {@code 1.234,56 €})
 * and negative as {@code -12.00}, {@code 12.00-}, {@code (12.00)}, {@code €-12,00} or
 * {@code 12.00 CR} (a credit; {@code DR} marks a debit and changes nothing). Values keep the
 * decimals printed: {@code 9.90} has scale 2, {@code 1.234,5} is 1234.5.
 * <p>
 * Separators are read by these rules, and a number they do not fit is not an amount:
 * <ul>
 * <li>the last point or comma followed by one or two digits is the decimal separator;</li>
 * <li>spaces and apostrophes only ever group thousands;</li>
 * <li>every separator before the decimal one groups thousands: all of one kind, each followed by
 * exactly three digits, the first group one to three digits not starting with 0
 * ({@code 1.234.567}, {@code 1,234.56}, {@code 1.234,56});</li>
 * <li>a last separator followed by three digits groups thousands when the same separator comes
 * before it ({@code 1.234.567}), and separates three decimals when the other kind does
 * ({@code 1,234.567} is 1234.567);</li>
 * <li>a lone separator followed by three digits ({@code 1,234}, {@code 1.234}) groups thousands,
 * so both are 1234, unless the {@link DecimalStyle} says that separator is the document's decimal
 * one, or the digits before it cannot be a thousands group ({@code 0,500}, {@code 1234.567});</li>
 * <li>four decimals are read (unit prices), more are not an amount;</li>
 * <li>more than nine integer digits without grouping, or integer digits with a leading zero
 * ({@code 0123}), are an identifier, not an amount.</li>
 * </ul>
 * <p>
 * In a line, these are not amounts: dates ({@code 25/12/2018}, {@code 05 MAR 2018}), times
 * ({@code 12:30}, {@code 10.30 PM}), percentages ({@code 6%}, {@code 19 %}: see
 * {@link #findPercents(String)}), phone numbers, IBANs, tax ids, e-mail addresses, numbers
 * touching letters ({@code DE89}, {@code 12kg}, and OCR noise such as {@code 9.9O}) or joined to
 * other digits by {@code / : -} ({@code 03-40210276}, {@code 10-12}), numbers after {@code #} or
 * a point ({@code NO.53}), the ends of masked numbers ({@code 9926016**}), and a number whose
 * decimals OCR split off with a space ({@code RM9 .90}, of which neither part is read, as its
 * value is not certain). A currency mark belongs to an amount when it touches it or stands one
 * space away, and the amount's place then takes it in ({@code RM 80.90}); a mark between two
 * numbers goes to the one it touches ({@code 12.00 RM5.00}), else to the first.
 */
public final class Amounts {

	private Amounts() {
	}

	/** The amount a text is, if it is exactly one amount, in no known decimal style. */
	public static Optional<BigDecimal> parse(String text) {
		return parse(text, DecimalStyle.UNKNOWN);
	}

	/**
	 * The amount a text is, if it is exactly one amount (with its sign, currency mark and
	 * {@code CR}), reading a lone separator before three digits by the document's decimal style.
	 */
	public static Optional<BigDecimal> parse(String text, DecimalStyle style) {
		if (text == null) {
			return Optional.empty();
		}
		String amount = trim(text);
		List<AmountScanner.Reading> readings = new AmountScanner(amount, style).read(AmountScanner.WHOLE);
		if (readings.size() != 1) {
			return Optional.empty();
		}
		AmountScanner.Reading reading = readings.get(0);
		boolean whole = !reading.percent() && reading.start() == 0 && reading.end() == amount.length();
		return whole ? Optional.of(reading.value()) : Optional.empty();
	}

	/** Every amount in a line of OCR text, left to right, in no known decimal style. */
	public static List<FoundAmount> find(String line) {
		return find(line, DecimalStyle.UNKNOWN);
	}

	/** Every amount in a line of OCR text, left to right, read in the document's decimal style. */
	public static List<FoundAmount> find(String line, DecimalStyle style) {
		if (line == null) {
			return List.of();
		}
		return new AmountScanner(line, style).read(AmountScanner.IN_LINE)
			.stream()
			.filter(reading -> !reading.percent())
			.map(reading -> new FoundAmount(reading.value(), reading.start(), reading.end(), reading.currency()))
			.toList();
	}

	/**
	 * Every percentage in a line, left to right ({@code 6%}, {@code 19 %}, {@code 19,5%},
	 * {@code -10%}), the rate in percent as printed. A point or comma before one or two digits is
	 * a decimal separator whatever the document's style.
	 */
	public static List<FoundPercent> findPercents(String line) {
		if (line == null) {
			return List.of();
		}
		return new AmountScanner(line, DecimalStyle.UNKNOWN).read(AmountScanner.IN_LINE)
			.stream()
			.filter(AmountScanner.Reading::percent)
			.map(reading -> new FoundPercent(reading.value(), reading.start(), reading.end()))
			.toList();
	}

	/** The text without the spaces around it, non-breaking ones included. */
	private static String trim(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

}
