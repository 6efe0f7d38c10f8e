package io.invoiceocr.extract.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.currency.PageCurrency;
import io.invoiceocr.extract.normalize.Currencies;
import io.invoiceocr.extract.normalize.DateOrder;
import io.invoiceocr.extract.normalize.DecimalStyle;
import io.invoiceocr.extract.normalize.FoundCurrency;

/**
 * How a document writes its numbers and dates, and in which currency, judged from the whole text
 * before any field is read: {@code 1.234} is a thousand on a German invoice and one and a bit on
 * an English one, {@code 03/04/2024} is the 3rd of April in Europe and March 4th in the USA.
 *
 * @param decimalStyle the decimal separator most amounts use
 * @param dateOrder    day or month first
 * @param currency     the currency named most often, else the one the rest of the page points to, or null
 * @param currencyRow  a row naming it (its first), or null
 */
record Conventions(DecimalStyle decimalStyle, DateOrder dateOrder, String currency,
		DocumentText.Row currencyRow) {

	/** A decimal comma or point followed by two digits and no more: the cents of an amount. */
	private static final Pattern CENTS = Pattern.compile("\\d([.,])\\d{2}(?!\\d)");

	/** A currency mark that is part of an article code ("KR3M", "EUR5A"), not a currency. */
	private static boolean insideCode(String row, FoundCurrency found) {
		int tokenEnd = found.end();
		while (tokenEnd < row.length() && !Character.isWhitespace(row.charAt(tokenEnd))) {
			tokenEnd++;
		}
		boolean letterBefore = found.start() > 0 && Character.isLetterOrDigit(row.charAt(found.start() - 1));
		return letterBefore || row.substring(found.end(), tokenEnd).chars().anyMatch(Character::isLetter);
	}

	static Conventions of(DocumentText text) {
		int commas = 0;
		int points = 0;
		Map<String, Integer> currencies = new HashMap<>();
		Map<String, DocumentText.Row> firstRow = new HashMap<>();
		for (DocumentText.Row row : text.rows()) {
			Matcher cents = CENTS.matcher(row.text());
			while (cents.find()) {
				if (cents.group(1).equals(",")) {
					commas++;
				}
				else {
					points++;
				}
			}
			for (FoundCurrency found : Currencies.find(row.text())) {
				if (insideCode(row.text(), found)) {
					continue;
				}
				currencies.merge(found.code(), 1, Integer::sum);
				firstRow.putIfAbsent(found.code(), row);
			}
		}
		DecimalStyle style = commas > points ? DecimalStyle.COMMA
				: points > commas ? DecimalStyle.POINT : DecimalStyle.UNKNOWN;
		String currency = currencies.entrySet()
			.stream()
			.max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.orElse(null);
		DocumentText.Row currencyRow = currency == null ? null : firstRow.get(currency);
		if (currency == null) {
			// no mark printed, or none the OCR could read (its alphabet lacks € and £): the rest of the page tells
			Optional<PageCurrency.Inferred> inferred = PageCurrency.infer(text);
			currency = inferred.map(PageCurrency.Inferred::code).orElse(null);
			currencyRow = inferred.map(PageCurrency.Inferred::row).orElse(null);
		}
		return new Conventions(style, DocumentDateOrder.of(text, currency), currency, currencyRow);
	}

}
