package io.invoiceocr.extract.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The date that printed parts make, or {@code null} when they make none: impossible days, months
 * and years outside {@value Dates#MIN_YEAR}-{@value Dates#MAX_YEAR} are no dates.
 */
final class CalendarDates {

	/** Two-digit years below this are in the 2000s, the others in the 1900s. */
	private static final int CENTURY_PIVOT = 70;

	private CalendarDates() {
	}

	static LocalDate dayOrMonthFirst(String first, String second, int year, DateOrder order) {
		LocalDate dayFirst = date(year, second, first);
		LocalDate monthFirst = date(year, first, second);
		if (order == DateOrder.MONTH_FIRST) {
			return (monthFirst != null) ? monthFirst : dayFirst;
		}
		return (dayFirst != null) ? dayFirst : monthFirst;
	}

	static LocalDate compact(String digits, DateOrder order) {
		LocalDate yearFirst = date(number(digits.substring(0, 4)), digits.substring(4, 6), digits.substring(6));
		if (yearFirst != null) {
			return yearFirst;
		}
		return dayOrMonthFirst(digits.substring(0, 2), digits.substring(2, 4), number(digits.substring(4)), order);
	}

	static LocalDate date(int year, String month, String day) {
		return date(year, number(month), number(day));
	}

	static LocalDate date(int year, int month, int day) {
		if (year < Dates.MIN_YEAR || year > Dates.MAX_YEAR || month < 1 || month > 12 || day < 1) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	static int year(String printed) {
		int year = number(printed);
		if (printed.length() == 2) {
			return (year < CENTURY_PIVOT) ? 2000 + year : 1900 + year;
		}
		return year;
	}

	static int number(String digits) {
		return Integer.parseInt(digits);
	}

}
