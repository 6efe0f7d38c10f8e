package io.invoiceocr.extract.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.invoiceocr.extract.Evidence;
import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.normalize.Amounts;
import io.invoiceocr.extract.normalize.DecimalStyle;
import io.invoiceocr.extract.normalize.FoundAmount;

/**
 * The words of one row that stand in one column, read as one text. Its numbers are read in it
 * alone, so that a quantity and the amount beside it never run together into one number.
 */
record Cell(Column column, List<Word> words) {

	static final double CONFIDENCE = 0.6;

	private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])[-+]?\\d+(?:[.,' ]\\d{3})*(?:[.,]\\d+)?(?![\\p{N}])");

	private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

	Cell {
		words = List.copyOf(words);
	}

	String text() {
		StringBuilder text = new StringBuilder();
		for (Word word : words) {
			text.append(text.isEmpty() ? "" : " ").append(word.text());
		}
		return text.toString();
	}

	boolean isEmpty() {
		return words.isEmpty();
	}

	boolean hasLetters() {
		return LETTERS.matcher(text()).find();
	}

	boolean hasDigits() {
		return text().chars().anyMatch(Character::isDigit);
	}

	/** The amounts of the cell, left to right. */
	List<Field<BigDecimal>> amounts(DecimalStyle style) {
		String text = text();
		List<Field<BigDecimal>> amounts = new ArrayList<>();
		for (FoundAmount found : Amounts.find(text, style)) {
			amounts.add(Field.of(found.value(), text.substring(found.start(), found.end()), CONFIDENCE, FieldSource.RULES,
					evidence(found.start(), found.end())));
		}
		return amounts;
	}

	/** The first plain number of the cell (a quantity: {@code 3}, {@code 2,5}, {@code 1.000}). */
	Field<BigDecimal> number(DecimalStyle style) {
		String text = text();
		Matcher number = NUMBER.matcher(text);
		while (number.find()) {
			var value = Amounts.parse(number.group(), style);
			if (value.isPresent()) {
				return Field.of(value.get(), number.group(), CONFIDENCE, FieldSource.RULES, evidence(number.start(), number.end()));
			}
		}
		return null;
	}

	/** The evidence of the characters {@code start..end} of {@link #text()}. */
	List<Evidence> evidence(int start, int end) {
		List<Evidence> evidence = new ArrayList<>();
		int offset = 0;
		for (Word word : words) {
			int wordEnd = offset + word.text().length();
			if (offset < end && start < wordEnd) {
				for (Evidence line : word.row().evidence(word.start(), word.end())) {
					if (!evidence.contains(line)) {
						evidence.add(line);
					}
				}
			}
			offset = wordEnd + 1;
		}
		return evidence;
	}

	List<Evidence> evidence() {
		return evidence(0, Integer.MAX_VALUE);
	}

}
