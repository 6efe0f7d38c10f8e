package io.invoiceocr.extract.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the digits and separators of one printed number, such as {@code 1.234,56} or
 * {@code 1 234.5}, into its value. The rules are those documented on {@link Amounts}; a text they
 * do not fit gives no value rather than a guess, because a wrong amount on an invoice costs more
 * than a missing one.
 */
final class PrintedNumber {

	/** More integer digits than this without grouping are an identifier, not an amount. */
	static final int MAX_UNGROUPED_DIGITS = 9;

	/** More decimals than this are not a printed price; unit prices go up to four. */
	static final int MAX_DECIMALS = 4;

	private static final int NONE = -1;

	private static final int INVALID = -2;

	private PrintedNumber() {
	}

	/**
	 * The value of digit groups joined by single separators ({@code . , ' ’}, spaces), or null
	 * when the groups do not form a number.
	 */
	static BigDecimal read(String printed, DecimalStyle style) {
		List<String> groups = new ArrayList<>();
		List<Character> separators = new ArrayList<>();
		int from = 0;
		for (int i = 0; i < printed.length(); i++) {
			char c = printed.charAt(i);
			if (!isDigit(c)) {
				separators.add(c);
				groups.add(printed.substring(from, i));
				from = i + 1;
			}
		}
		groups.add(printed.substring(from));
		if (groups.stream().anyMatch(String::isEmpty)) {
			return null;
		}
		int decimal = decimalSeparator(groups, separators, style);
		if (decimal == INVALID) {
			return null;
		}
		int grouping = (decimal == NONE) ? separators.size() : decimal;
		if (!validGrouping(groups, separators, grouping, decimal)) {
			return null;
		}
		String integer = String.join("", groups.subList(0, grouping + 1));
		String fraction = (decimal == NONE) ? "" : groups.get(groups.size() - 1);
		return new BigDecimal(fraction.isEmpty() ? integer : integer + "." + fraction);
	}

	/** The index of the decimal separator, {@link #NONE} or {@link #INVALID}. */
	private static int decimalSeparator(List<String> groups, List<Character> separators, DecimalStyle style) {
		int n = separators.size();
		if (n == 0) {
			return NONE;
		}
		char last = separators.get(n - 1);
		if (last != '.' && last != ',') {
			// spaces and apostrophes only ever group thousands
			return NONE;
		}
		int decimals = groups.get(n).length();
		if (decimals <= 2) {
			return n - 1;
		}
		if (decimals > MAX_DECIMALS) {
			return INVALID;
		}
		if (decimals > 3) {
			return n - 1;
		}
		List<Character> before = separators.subList(0, n - 1);
		if (before.contains(last)) {
			// a repeated separator groups thousands: 1.234.567
			return NONE;
		}
		if (!before.isEmpty()) {
			// the other kind groups, so this one separates three decimals: 1,234.567
			return n - 1;
		}
		String first = groups.get(0);
		if (first.startsWith("0") || first.length() > 3) {
			// 0,500 and 1234.567 cannot be grouped thousands
			return n - 1;
		}
		boolean styleSaysDecimal = (style == DecimalStyle.POINT && last == '.')
				|| (style == DecimalStyle.COMMA && last == ',');
		return styleSaysDecimal ? n - 1 : NONE;
	}

	private static boolean validGrouping(List<String> groups, List<Character> separators, int grouping, int decimal) {
		String first = groups.get(0);
		if (grouping == 0) {
			return first.length() <= MAX_UNGROUPED_DIGITS && (first.length() == 1 || first.charAt(0) != '0');
		}
		if (first.length() > 3 || first.charAt(0) == '0') {
			return false;
		}
		char kind = separators.get(0);
		for (int i = 0; i < grouping; i++) {
			if (separators.get(i) != kind || groups.get(i + 1).length() != 3) {
				return false;
			}
		}
		return decimal == NONE || separators.get(decimal) != kind;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
