package io.invoiceocr.extract.normalize;

import static io.invoiceocr.extract.normalize.CalendarDates.compact;
import static io.invoiceocr.extract.normalize.CalendarDates.date;
import static io.invoiceocr.extract.normalize.CalendarDates.dayOrMonthFirst;
import static io.invoiceocr.extract.normalize.CalendarDates.number;
import static io.invoiceocr.extract.normalize.CalendarDates.year;

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
		collect(DatePatterns.DAY_MONTH_YEAR, line, candidates,
				m -> dayOrMonthFirst(m.group(1), m.group(3), year(m.group(4)), order));
		collect(DatePatterns.YEAR_MONTH_DAY, line, candidates, m -> date(year(m.group(1)), m.group(3), m.group(4)));
		collect(DatePatterns.COMPACT, line, candidates, m -> compact(m.group(1), order));
		collect(DatePatterns.DAY_NAME_YEAR, line, candidates,
				m -> date(year(m.group(3)), CalendarWords.month(m.group(2)), number(m.group(1))));
		collect(DatePatterns.NAME_DAY_YEAR, line, candidates,
				m -> date(year(m.group(3)), CalendarWords.month(m.group(1)), number(m.group(2))));
		collect(DatePatterns.DAY_ROMAN_YEAR, line, candidates,
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

}
