package io.invoiceocr.extract.normalize;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each printed currency mark names: symbols, {@code $} with its country prefixes, ISO 4217
 * codes and local abbreviations. Marks that are also ordinary words or abbreviations ({@code Fr.}
 * for Friday, {@code Ft} for feet) are weak: they count only beside a number.
 */
final class CurrencyMarks {

	/** What a word names, and whether it needs a number beside it to count. */
	record Mark(String code, boolean weak) {
	}

	/** Symbols that name one currency wherever they stand. */
	static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("€", "EUR"), Map.entry("£", "GBP"),
			Map.entry("¥", "JPY"), Map.entry("￥", "JPY"), Map.entry("円", "JPY"), Map.entry("元", "CNY"),
			Map.entry("₹", "INR"), Map.entry("₩", "KRW"), Map.entry("₽", "RUB"), Map.entry("₺", "TRY"),
			Map.entry("₫", "VND"), Map.entry("₱", "PHP"), Map.entry("₪", "ILS"), Map.entry("฿", "THB"),
			Map.entry("₴", "UAH"), Map.entry("₦", "NGN"), Map.entry("₸", "KZT"), Map.entry("₼", "AZN"),
			Map.entry("₾", "GEL"));

	/** The letters printed before {@code $} to say whose dollar (or real, or peso) it is. */
	static final Map<String, String> DOLLAR_PREFIXES = Map.ofEntries(Map.entry("US", "USD"),
			Map.entry("AU", "AUD"), Map.entry("A", "AUD"), Map.entry("CA", "CAD"), Map.entry("C", "CAD"),
			Map.entry("SG", "SGD"), Map.entry("S", "SGD"), Map.entry("HK", "HKD"), Map.entry("NZ", "NZD"),
			Map.entry("NT", "TWD"), Map.entry("MX", "MXN"), Map.entry("R", "BRL"));

	/** Currencies printed with a bare {@code $}: a hint naming one of them overrides USD. */
	static final Set<String> DOLLARS = Set.of("USD", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD", "MXN", "ARS", "CLP",
			"COP", "BND", "FJD", "JMD", "TTD", "BSD", "BBD", "BZD", "BMD", "KYD", "LRD", "NAD", "SBD", "SRD", "XCD",
			"GYD");

	/** Currencies printed with {@code kr}: a hint naming one of them overrides SEK. */
	static final Set<String> KRONOR = Set.of("SEK", "DKK", "NOK", "ISK");

	/** Local abbreviations, case as printed; those mapped weak are also ordinary words. */
	private static final Map<String, Mark> WORDS = Map.ofEntries(strong("RM", "MYR"), strong("RMB", "CNY"),
			strong("SFr.", "CHF"), strong("SFr", "CHF"), strong("sFr.", "CHF"), weak("Fr.", "CHF"),
			weak("Fr", "CHF"), strong("Rs.", "INR"), weak("Rs", "INR"), weak("kr", "SEK"), weak("kr.", "SEK"),
			weak("Kr", "SEK"), weak("Kr.", "SEK"), weak("KR", "SEK"), weak("Ft", "HUF"), weak("lei", "RON"),
			weak("Lei", "RON"), weak("LEI", "RON"), strong("Kč", "CZK"), strong("KČ", "CZK"), weak("Kc", "CZK"),
			strong("zł", "PLN"), strong("Zł", "PLN"), strong("ZŁ", "PLN"), weak("zl", "PLN"), weak("ZL", "PLN"),
			weak("kn", "HRK"), weak("Rp", "IDR"), weak("Rp.", "IDR"), strong("EURO", "EUR"), strong("Euro", "EUR"),
			strong("euro", "EUR"), strong("EUROS", "EUR"), strong("Euros", "EUR"), strong("euros", "EUR"));

	/** Codes common on invoices, read in any case: {@code usd} is as clear as {@code USD}. */
	private static final Set<String> COMMON_CODES = Set.of("EUR", "USD", "GBP", "CHF", "JPY", "CNY", "MYR", "SGD",
			"PLN", "SEK", "NOK", "DKK", "CZK", "HUF", "RON", "INR", "BRL", "AUD", "CAD", "NZD", "HKD", "IDR", "THB",
			"ZAR", "MXN", "BGN", "AED", "KRW", "ILS", "UAH", "RUB", "ISK", "SAR", "VND");

	/** ISO codes that are far more often upper-case words on an invoice than currencies. */
	private static final Set<String> WORD_CODES = Set.of("ALL", "TOP", "CUP", "PEN", "MAD", "SOS", "BOB", "GEL",
			"MOP", "BAM", "SVC", "STD", "AMD", "CHE", "CHW", "USN", "USS", "BOV", "CLF", "COU", "MXV", "UYI", "UYW");

	/** Every ISO 4217 code Java knows, current or withdrawn (a DEM invoice still names a currency). */
	static final Set<String> ISO_CODES = Currency.getAvailableCurrencies()
		.stream()
		.map(Currency::getCurrencyCode)
		.collect(Collectors.toUnmodifiableSet());

	private CurrencyMarks() {
	}

	/**
	 * What a word names, or null. Common codes count in any case; other ISO codes count only in
	 * upper case and beside a number, so that words such as {@code BHD} in {@code SDN BHD} stay
	 * words; fund, metal and test codes ({@code X..}) never count.
	 */
	static Mark word(String word) {
		Mark mark = WORDS.get(word);
		if (mark != null) {
			return mark;
		}
		if (word.length() != 3) {
			return null;
		}
		String upper = word.toUpperCase(Locale.ROOT);
		if (COMMON_CODES.contains(upper)) {
			return new Mark(upper, false);
		}
		boolean printedUpper = upper.equals(word);
		boolean fundOrMetal = upper.startsWith("X") && !Set.of("XAF", "XOF", "XPF", "XCD").contains(upper);
		if (printedUpper && ISO_CODES.contains(upper) && !WORD_CODES.contains(upper) && !fundOrMetal) {
			return new Mark(upper, true);
		}
		return null;
	}

	/**
	 * The currency a hint names: an ISO 4217 code ({@code DKK}), a country ({@code DK}) or a
	 * locale ({@code da_DK}); null when it names none.
	 */
	static String hintedCurrency(String hint) {
		if (hint == null || hint.isBlank()) {
			return null;
		}
		String[] parts = hint.trim().split("[_-]");
		String last = parts[parts.length - 1].toUpperCase(Locale.ROOT);
		if (last.length() == 3 && ISO_CODES.contains(last)) {
			return last;
		}
		if (last.length() == 2 && last.chars().allMatch(Character::isLetter)) {
			try {
				Currency currency = Currency.getInstance(new Locale("", last));
				return (currency != null) ? currency.getCurrencyCode() : null;
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return null;
	}

	private static Map.Entry<String, Mark> strong(String word, String code) {
		return Map.entry(word, new Mark(code, false));
	}

	private static Map.Entry<String, Mark> weak(String word, String code) {
		return Map.entry(word, new Mark(code, true));
	}

}
