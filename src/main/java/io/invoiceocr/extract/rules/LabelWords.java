package io.invoiceocr.extract.rules;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** How label sets are written: whole words, any case, and one set made of several. */
final class LabelWords {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private LabelWords() {
	}

	/** The alternatives of {@code regex} as whole words: not inside a longer word or number. */
	static Pattern words(String regex) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}])", FLAGS);
	}

	/** A label matching any of the given sets. */
	static Pattern either(Pattern... sets) {
		return Pattern.compile(Arrays.stream(sets).map(set -> "(?:" + set.pattern() + ")").collect(Collectors.joining("|")),
				FLAGS);
	}

}
