package io.invoiceocr.extract.currency;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Country names as addresses print them, in the languages invoices are written in (Java's own
 * country names in English, German, French, Dutch, Spanish, Italian, Polish, Portuguese and Malay,
 * with the usual short forms), read without accents, since OCR often drops them.
 */
final class CountryNames {

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
			Locale.forLanguageTag("nl"), Locale.forLanguageTag("es"), Locale.ITALIAN, Locale.forLanguageTag("pl"),
			Locale.forLanguageTag("pt"), Locale.forLanguageTag("ms"));

	/** Short and everyday names Java does not list. */
	private static final Map<String, String> ALIASES = Map.of("USA", "US", "U.S.A.", "US", "UK", "GB", "U.K.", "GB",
			"Great Britain", "GB", "England", "GB", "Scotland", "GB", "Wales", "GB", "Holland", "NL", "Britain", "GB");

	/**
	 * Names that are also ordinary words, surnames or US states on an invoice ("Georgia", "Jordan",
	 * "Jersey", German "Island" for Iceland), and names too short to tell from a word.
	 */
	private static final Set<String> AMBIGUOUS = Set.of("georgia", "jordan", "jersey", "turkey", "chad", "guinea",
			"niger", "island", "man", "togo", "dominica", "panama", "chile", "malta", "monaco", "china");

	private static final int MIN_LENGTH = 5;

	private static final int MAX_WORDS = 4;

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern WORD = Pattern.compile("[\\p{L}.]+");

	private static final Map<String, String> NAMES = names();

	private CountryNames() {
	}

	/** The countries named in the text, in order; a name counts only as whole words. */
	static List<String> find(String text) {
		List<String> words = new ArrayList<>();
		var matcher = WORD.matcher(plain(text));
		while (matcher.find()) {
			words.add(matcher.group().replaceAll("^\\.+|(?<!\\b[A-Z])\\.+$", ""));
		}
		List<String> found = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1; n--) {
				String name = String.join(" ", words.subList(i, i + n));
				String country = NAMES.get(name);
				if (country != null && capitalised(name)) {
					found.add(country);
					i += n - 1;
					break;
				}
			}
		}
		return found;
	}

	private static boolean capitalised(String name) {
		return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
	}

	private static Map<String, String> names() {
		Map<String, String> names = new HashMap<>();
		for (String country : Locale.getISOCountries()) {
			Locale place = new Locale("", country);
			for (Locale language : LANGUAGES) {
				String name = plain(place.getDisplayCountry(language));
				if (name.length() >= MIN_LENGTH && !AMBIGUOUS.contains(name.toLowerCase(Locale.ROOT))) {
					names.putIfAbsent(name, country);
					names.putIfAbsent(name.toUpperCase(Locale.ROOT), country);
				}
			}
		}
		ALIASES.forEach((alias, country) -> {
			names.put(alias, country);
			names.put(alias.toUpperCase(Locale.ROOT), country);
		});
		return Map.copyOf(names);
	}

	private static String plain(String text) {
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
	}

}
