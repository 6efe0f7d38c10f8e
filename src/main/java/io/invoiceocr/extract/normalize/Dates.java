package io.invoiceocr.extract.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as invoices print them: numeric ({@code 25/12/2018}, {@code 25-12-18},
 * {@code 05.03.2018}, {@code 2018-03-04}, {@code 2018/03/04}, {@code 20180304}) and with month
 * names ({@code 05 MAR 2018}, {@code 05-Mar-2018}, {@code 5. März 2018}, {@code OCT 3, 2016},
 * {@code 3rd October 2016}, {@code 5 marca 2018}, {@code 12 Ogos 2018}, {@code 5 III 2018}).
 * <p>
 * Rules:
 * <ul>
 * <li>a numeric date that is valid only one way round ({@code 25/12/2018}, {@code 12/28/2017}) is
 * read that way; one valid both ways ({@code 04/05/2018}) follows the preferred order, and
 * {@link DateOrder#UNKNOWN} reads day first, as most of the world writes dates;</li>
 * <li>a year first ({@code 2018-03-04}) is always followed by month, then day;</li>
 * <li>eight digits are {@code yyyymmdd} when that is a valid date, else day and month first in the
 * preferred order ({@code 25032018});</li>
 * <li>two-digit years 00-69 are 2000-2069 and 70-99 are 1970-1999;</li>
 * <li>impossible dates (31/02) and years outside 1970-2100 are no dates;</li>
 * <li>the parts of a numeric date share one separator, and a date touching further digits or a
 * decimal part ({@code 12.50}, {@code 1.12.18.5}) is none: amounts and times are not read as
 * dates.</li>
 * </ul>
 */
public final class Dates {

	static final int MIN_YEAR = 1970;

	static final int MAX_YEAR = 2100;

	/** Two-digit years below this are in the 2000s, the others in the 1900s. */
	private static final int CENTURY_PIVOT = 70;

	private static final String NOT_AFTER_NUMBER = "(?<!\\d|\\d[.,/-])";

	private static final String NOT_BEFORE_NUMBER = "(?!\\d|[.,/-]\\d)";

	private static final String SPACE = "[ \\t\\u00A0]";

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile(NOT_AFTER_NUMBER + "(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})" + NOT_BEFORE_NUMBER);

	private static final Pattern YEAR_MONTH_DAY = Pattern
		.compile(NOT_AFTER_NUMBER + "(\\d{4})([./-])(\\d{1,2})\\2(\\d{1,2})" + NOT_BEFORE_NUMBER);

	private static final Pattern COMPACT = Pattern.compile(NOT_AFTER_NUMBER + "(\\d{8})" + NOT_BEFORE_NUMBER);

	/** Not after a letter, nor in the decimals of an amount ({@code 12.50 MAR 2018}). */
	private static final String NOT_IN_WORD = "(?<![\\p{L}\\d]|\\d[.,])";

	/** What may follow a day: {@code 3rd}, {@code 1er}, {@code 5.}. */
	private static final String DAY_SUFFIX = "(?:(?i:st|nd|rd|th|er|e)|\\.)?";

	/** What may stand between a day and a month name: {@code 05-Mar}, {@code 3 de octubre}. */
	private static final String DAY_TO_NAME = "(?:" + SPACE + "de" + SPACE + "|[ \\t\\u00A0\\-/.,]{0,3})";

	/** What may stand between a month name and a year: {@code Mar-2018}, {@code octubre de 2016}. */
	private static final String NAME_TO_YEAR = "(?:" + SPACE + "del?" + SPACE + "|[ \\t\\u00A0\\-/.,']{0,3})";

	private static final Pattern DAY_NAME_YEAR = Pattern.compile(NOT_IN_WORD + "(\\d{1,2})" + DAY_SUFFIX + DAY_TO_NAME
			+ "(\\p{L}{3,12})\\.?" + NAME_TO_YEAR + "(\\d{4}|\\d{2})" + NOT_BEFORE_NUMBER);

	/** A point between day and year would make {@code MAY 10.00} a date, so only a comma or space. */
	private static final Pattern NAME_DAY_YEAR = Pattern
		.compile(NOT_IN_WORD + "(\\p{L}{3,12})\\.?[ \\t\\u00A0\\-/.]{0,3}(\\d{1,2})(?i:st|nd|rd|th)?"
				+ "(?:," + SPACE + "{0,2}|[ \\t\\u00A0\\-/]{1,3})(\\d{4}|\\d{2})" + NOT_BEFORE_NUMBER);

	private static final Pattern DAY_ROMAN_YEAR = Pattern
		.compile(NOT_IN_WORD + "(\\d{1,2})[ .]{1,2}([IVX]{1,4})[ .]{1,2}(\\d{4})" + NOT_BEFORE_NUMBER);

	/** A weekday a date may be printed after: {@code Monday, 3 October 2016}. */
	private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{L}{2,12})\\.?,?\\s+");

	/** What may close a date: a full stop, a comma, the Polish {@code r.} for "year". */
	private static final Pattern TRAILING_MARK = Pattern.compile("(?:\\s*r\\.?|[.,])$");

	private static final Set<String> MONTH_FIRST_HINTS = Set.of("US", "USA", "USD");

	private static final Set<String> MIXED_HINTS = Set.of("CA", "CAD");

	private Dates() {
	}

	/**
	 * The date a text is, if it is exactly one date (a weekday before it, a full stop after it
	 * allowed).
	 */
	public static Optional<LocalDate> parse(String text, DateOrder preferred) {
		if (text == null) {
			return Optional.empty();
		}
		String date = text.strip();
		Matcher leading = LEADING_WORD.matcher(date);
		if (leading.find() && CalendarWords.isWeekday(leading.group(1))) {
			date = date.substring(leading.end());
		}
		date = TRAILING_MARK.matcher(date).replaceFirst("");
		List<FoundDate> found = find(date, preferred);
		if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == date.length()) {
			return Optional.of(found.get(0).value());
		}
		return Optional.empty();
	}

	/** Every date in a line, left to right, none overlapping another. */
	public static List<FoundDate> find(String line, DateOrder preferred) {
		List<FoundDate> candidates = new ArrayList<>();
		if (line == null) {
			return candidates;
		}
		DateOrder order = (preferred == DateOrder.MONTH_FIRST) ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
		collect(DAY_MONTH_YEAR, line, candidates,
				m -> dayOrMonthFirst(m.group(1), m.group(3), year(m.group(4)), order));
		collect(YEAR_MONTH_DAY, line, candidates, m -> date(year(m.group(1)), m.group(3), m.group(4)));
		collect(COMPACT, line, candidates, m -> compact(m.group(1), order));
		collect(DAY_NAME_YEAR, line, candidates,
				m -> date(year(m.group(3)), CalendarWords.month(m.group(2)), number(m.group(1))));
		collect(NAME_DAY_YEAR, line, candidates,
				m -> date(year(m.group(3)), CalendarWords.month(m.group(1)), number(m.group(2))));
		collect(DAY_ROMAN_YEAR, line, candidates,
				m -> date(year(m.group(3)), CalendarWords.romanMonth(m.group(2)), number(m.group(1))));
		candidates.sort(Comparator.comparingInt(FoundDate::start).thenComparing(d -> -d.end()));
		List<FoundDate> dates = new ArrayList<>();
		int free = 0;
		for (FoundDate candidate : candidates) {
			if (candidate.start() >= free) {
				dates.add(candidate);
				free = candidate.end();
			}
		}
		return dates;
	}

	/**
	 * The order numeric dates are printed in where a currency or country is known: month first for
	 * the United States ({@code USD}, {@code US}), unknown for Canada, which prints both, and for
	 * no hint; day first everywhere else.
	 */
	public static DateOrder orderFor(String currencyOrCountryHint) {
		if (currencyOrCountryHint == null || currencyOrCountryHint.isBlank()) {
			return DateOrder.UNKNOWN;
		}
		String[] parts = currencyOrCountryHint.strip().split("[_-]");
		String hint = parts[parts.length - 1].toUpperCase(Locale.ROOT);
		if (MONTH_FIRST_HINTS.contains(hint)) {
			return DateOrder.MONTH_FIRST;
		}
		return MIXED_HINTS.contains(hint) ? DateOrder.UNKNOWN : DateOrder.DAY_FIRST;
	}

	/** Reads one kind of date; a match that is no valid date is retried one character on. */
	private static void collect(Pattern pattern, String line, List<FoundDate> into,
			Function<Matcher, LocalDate> reader) {
		Matcher matcher = pattern.matcher(line);
		int from = 0;
		while (from < line.length() && matcher.find(from)) {
			LocalDate date = reader.apply(matcher);
			if (date != null) {
				into.add(new FoundDate(date, matcher.start(), matcher.end()));
				from = matcher.end();
			}
			else {
				from = matcher.start() + 1;
			}
		}
	}

	private static LocalDate dayOrMonthFirst(String first, String second, int year, DateOrder order) {
		LocalDate dayFirst = date(year, second, first);
		LocalDate monthFirst = date(year, first, second);
		if (order == DateOrder.MONTH_FIRST) {
			return (monthFirst != null) ? monthFirst : dayFirst;
		}
		return (dayFirst != null) ? dayFirst : monthFirst;
	}

	private static LocalDate compact(String digits, DateOrder order) {
		LocalDate yearFirst = date(number(digits.substring(0, 4)), digits.substring(4, 6), digits.substring(6));
		if (yearFirst != null) {
			return yearFirst;
		}
		return dayOrMonthFirst(digits.substring(0, 2), digits.substring(2, 4), number(digits.substring(4)), order);
	}

	private static LocalDate date(int year, String month, String day) {
		return date(year, number(month), number(day));
	}

	private static LocalDate date(int year, int month, int day) {
		if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static int year(String printed) {
		int year = number(printed);
		if (printed.length() == 2) {
			return (year < CENTURY_PIVOT) ? 2000 + year : 1900 + year;
		}
		return year;
	}

	private static int number(String digits) {
		return Integer.parseInt(digits);
	}

}
