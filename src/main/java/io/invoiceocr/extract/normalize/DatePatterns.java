package io.invoiceocr.extract.normalize;

import java.util.regex.Pattern;

/**
 * The shapes of a date in a line, one pattern per kind ({@link Dates} lists them): numeric with one
 * separator, year first, eight digits, and with a month name or a Roman month. Each keeps off
 * digits and decimals around it, so that amounts and times are not read as dates.
 */
final class DatePatterns {

	private static final String NOT_AFTER_NUMBER = "(?<!\\d|\\d[.,/-])";

	private static final String NOT_BEFORE_NUMBER = "(?!\\d|[.,/-]\\d)";

	private static final String SPACE = "[ \\t\\u00A0]";

	static final Pattern DAY_MONTH_YEAR = Pattern
		.compile(NOT_AFTER_NUMBER + "(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})" + NOT_BEFORE_NUMBER);

	static final Pattern YEAR_MONTH_DAY = Pattern
		.compile(NOT_AFTER_NUMBER + "(\\d{4})([./-])(\\d{1,2})\\2(\\d{1,2})" + NOT_BEFORE_NUMBER);

	static final Pattern COMPACT = Pattern.compile(NOT_AFTER_NUMBER + "(\\d{8})" + NOT_BEFORE_NUMBER);

	/** Not after a letter, nor in the decimals of an amount ({@code 12.50 MAR 2018}). */
	private static final String NOT_IN_WORD = "(?<![\\p{L}\\d]|\\d[.,])";

	/** What may follow a day: {@code 3rd}, {@code 1er}, {@code 5.}. */
	private static final String DAY_SUFFIX = "(?:(?i:st|nd|rd|th|er|e)|\\.)?";

	/** What may stand between a day and a month name: {@code 05-Mar}, {@code 3 de octubre}. */
	private static final String DAY_TO_NAME = "(?:" + SPACE + "de" + SPACE + "|[ \\t\\u00A0\\-/.,]{0,3})";

	/** What may stand between a month name and a year: {@code Mar-2018}, {@code octubre de 2016}. */
	private static final String NAME_TO_YEAR = "(?:" + SPACE + "del?" + SPACE + "|[ \\t\\u00A0\\-/.,']{0,3})";

	static final Pattern DAY_NAME_YEAR = Pattern.compile(NOT_IN_WORD + "(\\d{1,2})" + DAY_SUFFIX + DAY_TO_NAME
			+ "(\\p{L}{3,12})\\.?" + NAME_TO_YEAR + "(\\d{4}|\\d{2})" + NOT_BEFORE_NUMBER);

	/** A point between day and year would make {@code MAY 10.00} a date, so only a comma or space. */
	static final Pattern NAME_DAY_YEAR = Pattern
		.compile(NOT_IN_WORD + "(\\p{L}{3,12})\\.?[ \\t\\u00A0\\-/.]{0,3}(\\d{1,2})(?i:st|nd|rd|th)?"
				+ "(?:," + SPACE + "{0,2}|[ \\t\\u00A0\\-/]{1,3})(\\d{4}|\\d{2})" + NOT_BEFORE_NUMBER);

	static final Pattern DAY_ROMAN_YEAR = Pattern
		.compile(NOT_IN_WORD + "(\\d{1,2})[ .]{1,2}([IVX]{1,4})[ .]{1,2}(\\d{4})" + NOT_BEFORE_NUMBER);

	private DatePatterns() {
	}

}
