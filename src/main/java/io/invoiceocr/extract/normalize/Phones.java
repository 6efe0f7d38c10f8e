package io.invoiceocr.extract.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phone and fax numbers: international ({@code +49 30 1234567}, {@code +603-3362 4137}),
 * with an area code in parentheses ({@code (03) 1234 5678}), national with a trunk zero
 * ({@code 012-345 6789}), hyphenated ({@code 1-800-555-0199}), or any run of digit groups after a
 * label such as {@code Tel:} or {@code Fax}. A number needs 7 to 16 digits, and digit groups
 * without any of these marks are left alone, since they are as likely to be amounts, quantities
 * or ids; dates are never phone numbers.
 */
final class Phones {

	private static final String GROUP_SEPARATOR = "(?:[ \\u00A0]?[-./][ \\u00A0]?|[ \\u00A0])";

	/**
	 * Digit groups, the first possibly a country code or an area code in parentheses; each group
	 * after the first starts with a separator or follows a parenthesis, so that a run of digits
	 * splits into groups one way only.
	 */
	private static final Pattern CANDIDATE = Pattern.compile("(?<![\\p{L}\\d+/,\\-]|\\d\\.)"
			+ "(?:\\+[ \\u00A0]?\\d{1,4}|\\(\\+?\\d{1,4}\\)|\\d{1,8})" + "(?:" + GROUP_SEPARATOR
			+ "(?:\\(\\d{1,4}\\)|\\d{1,8})|(?<=\\))\\d{1,8}){0,6}");

	/** A label just before a number saying it is a phone or fax number. */
	private static final Pattern LABEL = Pattern
		.compile("(?i)(?<!\\p{L})(?:tel(?:ephone|efon|p)?|phone|ph|fax|mobile|mob|hp|h/p|t|f|m|tél|tlf|hotline"
				+ "|handphone|whatsapp)\\.?(?:[ \\u00A0]?(?:no|nr|number)\\.?)?[ \\u00A0]{0,2}[:.]?[ \\u00A0]{0,2}$");

	private static final int LABEL_REACH = 24;

	private static final int MIN_DIGITS = 7;

	private static final int MAX_DIGITS = 16;

	private Phones() {
	}

	static List<Found> find(String line) {
		return find(line, Dates.find(line, DateOrder.UNKNOWN));
	}

	/** The same, for a caller that has read the line's dates already. */
	static List<Found> find(String line, List<FoundDate> dates) {
		List<Found> found = new ArrayList<>();
		Matcher matcher = CANDIDATE.matcher(line);
		int from = 0;
		while (from < line.length() && matcher.find(from)) {
			Found phone = longestPhone(line, matcher.start(), matcher.end(), dates);
			if (phone != null) {
				found.add(phone);
				from = phone.end();
			}
			else {
				// a later group may still start a number: "Qty 2 Tel 012-345 6789"
				from = matcher.start() + 1;
			}
		}
		return found;
	}

	/**
	 * The longest run of whole digit groups from start that is a phone number: a greedy match may
	 * have taken in an amount or a date printed after the number.
	 */
	private static Found longestPhone(String line, int start, int end, List<FoundDate> dates) {
		boolean labelled = LABEL.matcher(line.substring(Math.max(0, start - LABEL_REACH), start)).find();
		for (int stop = end; stop > start; stop = lastGroupStart(line, start, stop)) {
			if (isPhone(line, start, stop, labelled, dates)) {
				return new Found(normalise(line.substring(start, stop)), start, stop);
			}
		}
		return null;
	}

	private static boolean isPhone(String line, int start, int end, boolean labelled, List<FoundDate> dates) {
		String printed = line.substring(start, end);
		long digits = printed.chars().filter(Phones::isDigit).count();
		if (digits < MIN_DIGITS || digits > MAX_DIGITS || runsOn(line, end) || !consistentSeparators(printed)) {
			return false;
		}
		if (dates.stream().anyMatch(date -> date.start() < end && start < date.end())) {
			return false;
		}
		boolean trunkZero = printed.length() > 1 && printed.charAt(0) == '0' && isDigit(printed.charAt(1));
		boolean hyphenated = printed.indexOf('-') >= 0 && printed.indexOf('.') < 0;
		return labelled || printed.startsWith("+") || printed.startsWith("(") || trunkZero || hyphenated;
	}

	/** Whether the number goes on after end: more digits, letters, a decimal part or a date. */
	private static boolean runsOn(String line, int end) {
		if (end >= line.length()) {
			return false;
		}
		char next = line.charAt(end);
		if (Character.isLetterOrDigit(next)) {
			return true;
		}
		return ".,/:-".indexOf(next) >= 0 && end + 1 < line.length() && isDigit(line.charAt(end + 1));
	}

	/**
	 * Points separate the groups of a phone number only when nothing else does (after a country
	 * code): {@code 030.1234.5678}, but not {@code 12.50 13.00}.
	 */
	private static boolean consistentSeparators(String printed) {
		if (printed.indexOf('.') < 0) {
			return true;
		}
		String groups = printed.startsWith("+") || printed.startsWith("(")
				? printed.replaceFirst("^(?:\\+[ \\u00A0]?\\d{1,4}|\\(\\+?\\d{1,4}\\))[ \\u00A0]?", "") : printed;
		return groups.chars().noneMatch(c -> c == ' ' || c == '\u00A0' || c == '-' || c == '/');
	}

	/** Where the last digit group before stop starts, its separator included. */
	private static int lastGroupStart(String line, int start, int stop) {
		int i = stop;
		while (i > start && isDigit(line.charAt(i - 1))) {
			i--;
		}
		while (i > start && !isDigit(line.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	/** The digits of the number, with a leading + kept and a trunk (0) after it dropped. */
	private static String normalise(String printed) {
		String number = printed.startsWith("+") ? printed.replace("(0)", "") : printed;
		StringBuilder digits = new StringBuilder();
		if (number.startsWith("+")) {
			digits.append('+');
		}
		number.chars().filter(Phones::isDigit).forEach(c -> digits.append((char) c));
		return digits.toString();
	}

	private static boolean isDigit(int c) {
		return c >= '0' && c <= '9';
	}

}
