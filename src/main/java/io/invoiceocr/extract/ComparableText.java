package io.invoiceocr.extract;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as it is compared for grounding: lower case, no accents, letters and digits only. */
final class ComparableText {

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private ComparableText() {
	}

	static List<String> words(String row) {
		return List.of(NOT_ALPHANUMERIC.split(comparableKeepingSpaces(row)));
	}

	private static String comparableKeepingSpaces(String text) {
		// ß has no decomposition; "Strasse" is how it is written without it
		return MARKS.matcher(Normalizer.normalize(text.replace("ß", "ss"), Normalizer.Form.NFKD)).replaceAll("")
			.toLowerCase(Locale.ROOT);
	}

	/** Lower case, no accents, letters and digits only: what survives OCR and formatting alike. */
	static String comparable(String text) {
		return NOT_ALPHANUMERIC.matcher(comparableKeepingSpaces(text)).replaceAll("");
	}

}
