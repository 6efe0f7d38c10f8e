package io.invoiceocr.extract.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers of one line of text together with what is printed around them: a sign,
 * parentheses, a currency mark, {@code CR} or {@code DR}, a percent sign. It rejects numbers that
 * belong to something else (dates, times, identifiers, words) by the characters touching them, and
 * by the places of the dates and identifiers found in the line.
 */
final class AmountScanner {

	private static final String GROUPING = "'’\\u00A0\\u202F\\u2009";

	/**
	 * A number in a line. Plain spaces group thousands only before a decimal comma
	 * ({@code 1 234,56}): elsewhere a space far more often separates a quantity from a price
	 * ({@code 2 100.00}).
	 */
	static final Pattern IN_LINE = Pattern
		.compile("(?<!\\d)(?:\\d{1,3}(?: \\d{3})++,\\d{1,2}(?!\\d)|\\d++(?:[.," + GROUPING + "]\\d++)*+)");

	/** A number that is a whole text, where plain spaces may group thousands. */
	static final Pattern WHOLE = Pattern.compile("(?<!\\d)\\d++(?:[., " + GROUPING + "]\\d++)*+");

	/** A credit or debit mark after an amount, as statements print them. */
	private static final Pattern CREDIT_OR_DEBIT = Pattern.compile("(?i)(CR|DR)(?!\\p{L})");

	/** A time of day printed with a point: {@code 12.30 PM}, {@code 9.15 Uhr}. */
	private static final Pattern CLOCK = Pattern.compile("(?i)[ \\u00A0]?(am|pm|a\\.m\\.|p\\.m\\.|uhr)(?!\\p{L})");

	/** What printed before a number makes it part of a code: {@code #12}, {@code A_12}. */
	private static final String CODE_MARKS = "#№_\\";

	/** What joins numbers into dates, times, ranges and codes when a digit stands on its other side. */
	private static final String JOINERS = "/:-−.,\\";

	/** A number read with its surroundings. */
	record Reading(BigDecimal value, int start, int end, String currency, boolean percent) {
	}

	private final String line;

	private final DecimalStyle style;

	private final Map<Integer, FoundCurrency> marksByStart = new HashMap<>();

	private final Map<Integer, FoundCurrency> marksByEnd = new HashMap<>();

	private final List<int[]> taken = new ArrayList<>();

	/** The end of the last amount read: a later amount may not take a mark before it. */
	private int claimed;

	AmountScanner(String line, DecimalStyle style) {
		this.line = line;
		this.style = (style != null) ? style : DecimalStyle.UNKNOWN;
		for (FoundCurrency mark : Currencies.find(line)) {
			this.marksByStart.put(mark.start(), mark);
			this.marksByEnd.put(mark.end(), mark);
		}
		List<FoundDate> dates = Dates.find(line, DateOrder.UNKNOWN);
		for (FoundDate date : dates) {
			this.taken.add(new int[] { date.start(), date.end() });
		}
		for (Found id : Identifiers.all(line, dates)) {
			this.taken.add(new int[] { id.start(), id.end() });
		}
	}

	/** The amounts and percentages of the line, left to right. */
	List<Reading> read(Pattern numbers) {
		List<Reading> readings = new ArrayList<>();
		Matcher matcher = numbers.matcher(this.line);
		while (matcher.find()) {
			if (isTaken(matcher.start(), matcher.end())) {
				continue;
			}
			BigDecimal value = PrintedNumber.read(matcher.group(), this.style);
			Reading reading = (value != null) ? read(matcher.start(), matcher.end(), value) : null;
			if (reading != null) {
				readings.add(reading);
				if (!reading.percent()) {
					this.claimed = reading.end();
				}
			}
		}
		return readings;
	}

	private Reading read(int numberStart, int numberEnd, BigDecimal value) {
		if (joinedBefore(numberStart) || joinedAfter(numberEnd)) {
			return null;
		}
		int percentSign = skipSpace(numberEnd);
		if (percentSign < this.line.length() && this.line.charAt(percentSign) == '%') {
			return percent(numberStart, percentSign, value);
		}
		if (decimalsSplitOff(numberEnd) || CLOCK.matcher(this.line).region(numberEnd, this.line.length()).lookingAt()) {
			return null;
		}
		int start = numberStart;
		int end = numberEnd;
		boolean negative = false;
		boolean signed = signBefore(start);
		if (signed) {
			negative = isMinus(this.line.charAt(start - 1));
			start--;
		}
		String currency = null;
		FoundCurrency before = markBefore(start);
		if (before != null) {
			currency = before.code();
			start = before.start();
			if (!signed && signBefore(start)) {
				signed = true;
				negative = isMinus(this.line.charAt(start - 1));
				start--;
			}
		}
		if (!signed && end < this.line.length() && isMinus(this.line.charAt(end)) && !letterOrDigitAt(end + 1)) {
			negative = true;
			end++;
		}
		if (currency == null) {
			FoundCurrency after = markAfter(end);
			if (after != null) {
				currency = after.code();
				end = after.end();
			}
		}
		Matcher credit = CREDIT_OR_DEBIT.matcher(this.line).region(skipSpace(end), this.line.length());
		if (credit.lookingAt()) {
			negative |= credit.group(1).equalsIgnoreCase("CR");
			end = credit.end();
		}
		if (start > 0 && this.line.charAt(start - 1) == '(' && end < this.line.length()
				&& this.line.charAt(end) == ')') {
			negative = true;
			start--;
			end++;
			FoundCurrency outside = (currency == null) ? markBefore(start) : null;
			if (outside != null) {
				currency = outside.code();
				start = outside.start();
			}
		}
		return new Reading(negative ? value.negate() : value, start, end, currency, false);
	}

	/** A rate with its sign, up to and with its percent sign. */
	private Reading percent(int numberStart, int percentSign, BigDecimal value) {
		boolean signed = signBefore(numberStart);
		boolean negative = signed && isMinus(this.line.charAt(numberStart - 1));
		return new Reading(negative ? value.negate() : value, signed ? numberStart - 1 : numberStart,
				percentSign + 1, null, true);
	}

	/** Whether what touches the number's start makes it part of a word, code, date or time. */
	private boolean joinedBefore(int start) {
		if (start == 0) {
			return false;
		}
		char previous = this.line.charAt(start - 1);
		if (Character.isLetter(previous)) {
			// RM9.90 is an amount, DE89 or INV123 is not
			return !this.marksByEnd.containsKey(start);
		}
		if (CODE_MARKS.indexOf(previous) >= 0 || previous == '.') {
			// a point before the digits: decimals split off by OCR (RM9 .90), or a house number (NO.53)
			return true;
		}
		if (start < 2) {
			return false;
		}
		char beforePrevious = this.line.charAt(start - 2);
		if (previous == ',' && isSpace(beforePrevious)) {
			return true;
		}
		if (JOINERS.indexOf(previous) >= 0 && isDigit(beforePrevious)) {
			return true;
		}
		if (previous == '*' && beforePrevious == '*') {
			// the visible end of a masked card or account number
			return true;
		}
		// a dash inside a code such as CHE-123 is no minus sign
		return isSign(previous) && Character.isLetterOrDigit(beforePrevious)
				&& !this.marksByEnd.containsKey(start - 1);
	}

	/** Whether what touches the number's end makes it part of a word, code, date or time. */
	private boolean joinedAfter(int end) {
		if (end >= this.line.length()) {
			return false;
		}
		char next = this.line.charAt(end);
		if (Character.isLetter(next)) {
			// 12.00EUR and 12.00CR are amounts, 9.9O and 12kg are not
			return !this.marksByStart.containsKey(end)
					&& !CREDIT_OR_DEBIT.matcher(this.line).region(end, this.line.length()).lookingAt();
		}
		if (JOINERS.indexOf(next) >= 0 && end + 1 < this.line.length() && isDigit(this.line.charAt(end + 1))) {
			return true;
		}
		return next == '*' && end + 1 < this.line.length() && this.line.charAt(end + 1) == '*';
	}

	/**
	 * Whether the decimals seem split off by a space, as OCR does ({@code RM9 .90}): the number
	 * before the space is not the amount printed, so neither part is read.
	 */
	private boolean decimalsSplitOff(int end) {
		int i = end;
		while (i < this.line.length() && isSpace(this.line.charAt(i))) {
			i++;
		}
		return i > end && i + 1 < this.line.length() && (this.line.charAt(i) == '.' || this.line.charAt(i) == ',')
				&& isDigit(this.line.charAt(i + 1));
	}

	/** Whether a sign stands right before start, itself not joined to a word or number. */
	private boolean signBefore(int start) {
		if (start == 0 || !isSign(this.line.charAt(start - 1))) {
			return false;
		}
		return start < 2 || !Character.isLetterOrDigit(this.line.charAt(start - 2))
				|| this.marksByEnd.containsKey(start - 1);
	}

	/** A currency mark right before start, or before it with one space between. */
	private FoundCurrency markBefore(int start) {
		FoundCurrency mark = this.marksByEnd.get(start);
		if (mark == null && start > 0 && isSpace(this.line.charAt(start - 1))) {
			mark = this.marksByEnd.get(start - 1);
		}
		return (mark != null && mark.start() >= this.claimed) ? mark : null;
	}

	/**
	 * A currency mark right after end, or after it with one space between unless the mark is
	 * printed against the next number ({@code 12.00 RM5.00}), whose mark it then is.
	 */
	private FoundCurrency markAfter(int end) {
		FoundCurrency mark = this.marksByStart.get(end);
		if (mark != null || end >= this.line.length() || !isSpace(this.line.charAt(end))) {
			return mark;
		}
		mark = this.marksByStart.get(end + 1);
		return (mark != null && !numberAt(mark.end())) ? mark : null;
	}

	private boolean numberAt(int i) {
		if (i < this.line.length() && isSign(this.line.charAt(i))) {
			i++;
		}
		return i < this.line.length() && isDigit(this.line.charAt(i));
	}

	private boolean isTaken(int start, int end) {
		for (int[] span : this.taken) {
			if (span[0] < end && start < span[1]) {
				return true;
			}
		}
		return false;
	}

	private int skipSpace(int i) {
		return (i < this.line.length() && isSpace(this.line.charAt(i))) ? i + 1 : i;
	}

	private boolean letterOrDigitAt(int i) {
		return i < this.line.length() && Character.isLetterOrDigit(this.line.charAt(i));
	}

	private static boolean isSign(char c) {
		return c == '+' || isMinus(c);
	}

	private static boolean isMinus(char c) {
		return c == '-' || c == '−';
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || Character.isSpaceChar(c);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
