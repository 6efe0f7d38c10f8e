package io.invoiceocr.extract.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which currency a text names, from ISO 4217 codes ({@code EUR}, {@code usd}), symbols
 * ({@code €}, {@code £}, {@code $}, {@code US$}, {@code S$}, {@code R$}) and local marks
 * ({@code RM}, {@code zł}, {@code Kč}, {@code Fr.}, {@code kr}, {@code Rs.}, {@code Ft},
 * {@code lei}).
 * <p>
 * Rules against false hits, because receipts are full of short upper-case words:
 * <ul>
 * <li>a lettered mark counts only as a word of its own: {@code RM} in {@code FORM} or {@code EUR}
 * in {@code EUROPE} is no currency (the whole words {@code EURO} and {@code euros} are); digits may
 * touch it ({@code RM9.90}, {@code 12EUR});</li>
 * <li>marks that are also ordinary words ({@code Fr.} for Friday, {@code kr}, {@code Ft},
 * {@code lei}, {@code Rs}, {@code zl}) and the less common ISO codes count only beside a number
 * that is not a date, so {@code Fr. 05.03.2018} and {@code SDN BHD} name none;</li>
 * <li>a code in an address ({@code shop.eur.com}) is no currency;</li>
 * <li>a bare {@code $} is USD, {@code kr} SEK and {@code ¥} JPY, unless a hint names another
 * dollar, krona or CNY.</li>
 * </ul>
 */
public final class Currencies {

	/** A dollar with its prefix, a symbol, or a short word that may be a code or abbreviation. */
	private static final Pattern MARK = Pattern.compile(
			"(?<dollar>(?:(?<!\\p{L})(?:US|AU|A|CA|C|SG|S|HK|NZ|NT|MX|R))?\\$)" + "|(?<symbol>[€£¥￥円元₹₩₽₺₫₱₪฿₴₦₸₼₾])"
					+ "|(?<!\\p{L})(?<word>\\p{L}{1,5}\\.?)(?!\\p{L})");

	/** A number shaped like a date, which a weak mark such as {@code Fr.} must not be read with. */
	private static final Pattern DATE_SHAPE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");

	private Currencies() {
	}

	/** The ISO 4217 code of the first currency mark in the text, if it has one. */
	public static Optional<String> detect(String text) {
		return detect(text, null);
	}

	/**
	 * The ISO 4217 code of the first currency mark in the text, reading a bare {@code $},
	 * {@code kr} or {@code ¥} as the currency the hint names (a code such as {@code DKK}, a country
	 * such as {@code DK}, or a locale such as {@code da_DK}) when it is one of theirs.
	 */
	public static Optional<String> detect(String text, String hint) {
		List<FoundCurrency> found = find(text, hint);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).code());
	}

	/** Every currency mark in a line, left to right. */
	public static List<FoundCurrency> find(String line) {
		return find(line, null);
	}

	/** Every currency mark in a line, left to right, reading ambiguous marks by the hint. */
	public static List<FoundCurrency> find(String line, String hint) {
		List<FoundCurrency> found = new ArrayList<>();
		if (line == null) {
			return found;
		}
		String hinted = CurrencyMarks.hintedCurrency(hint);
		Matcher matcher = MARK.matcher(line);
		while (matcher.find()) {
			FoundCurrency mark = mark(line, matcher, hinted);
			if (mark != null) {
				found.add(mark);
			}
		}
		return found;
	}

	/** Whether the text is exactly an ISO 4217 code Java knows, in upper case. */
	public static boolean isIsoCode(String code) {
		return code != null && CurrencyMarks.ISO_CODES.contains(code);
	}

	private static FoundCurrency mark(String line, Matcher matcher, String hinted) {
		if (matcher.group("dollar") != null) {
			String prefix = matcher.group("dollar").substring(0, matcher.group("dollar").length() - 1);
			String code = prefix.isEmpty() ? hinted(hinted, CurrencyMarks.DOLLARS, "USD")
					: CurrencyMarks.DOLLAR_PREFIXES.get(prefix);
			return new FoundCurrency(code, matcher.start(), matcher.end());
		}
		if (matcher.group("symbol") != null) {
			String symbol = matcher.group("symbol");
			String code = CurrencyMarks.SYMBOLS.get(symbol);
			if ("JPY".equals(code) && !symbol.equals("円") && "CNY".equals(hinted)) {
				code = "CNY";
			}
			return new FoundCurrency(code, matcher.start(), matcher.end());
		}
		return word(line, matcher.group("word"), matcher.start("word"), hinted);
	}

	private static FoundCurrency word(String line, String word, int start, String hinted) {
		int end = start + word.length();
		CurrencyMarks.Mark mark = CurrencyMarks.word(word);
		if (mark == null && word.endsWith(".")) {
			// a code ending a sentence: the point is not part of it
			end--;
			mark = CurrencyMarks.word(word.substring(0, word.length() - 1));
		}
		if (mark == null || inAddress(line, start, end) || (mark.weak() && !besideNumber(line, start, end))) {
			return null;
		}
		String code = mark.code();
		if (code.equals("SEK") && word.toLowerCase(Locale.ROOT).startsWith("kr")) {
			code = hinted(hinted, CurrencyMarks.KRONOR, "SEK");
		}
		return new FoundCurrency(code, start, end);
	}

	private static String hinted(String hinted, Set<String> family, String otherwise) {
		return (hinted != null && family.contains(hinted)) ? hinted : otherwise;
	}

	/** Whether the word is part of a web or e-mail address such as {@code www.eur.com}. */
	private static boolean inAddress(String line, int start, int end) {
		boolean joinedBefore = start >= 2 && "./@".indexOf(line.charAt(start - 1)) >= 0
				&& Character.isLetterOrDigit(line.charAt(start - 2));
		boolean joinedAfter = end + 1 < line.length() && ".@".indexOf(line.charAt(end)) >= 0
				&& Character.isLetter(line.charAt(end + 1));
		return joinedBefore || joinedAfter;
	}

	/**
	 * Whether a number stands right after the mark (a space and a sign may come between) or right
	 * before it (a space may come between), the number not being a date.
	 */
	private static boolean besideNumber(String line, int start, int end) {
		int after = end;
		if (after < line.length() && Character.isSpaceChar(line.charAt(after))) {
			after++;
		}
		if (after < line.length() && (line.charAt(after) == '-' || line.charAt(after) == '+')) {
			after++;
		}
		if (after < line.length() && isDigit(line.charAt(after))) {
			return !DATE_SHAPE.matcher(line).region(after, line.length()).lookingAt();
		}
		int before = start;
		if (before > 0 && Character.isSpaceChar(line.charAt(before - 1))) {
			before--;
		}
		return before > 0 && isDigit(line.charAt(before - 1));
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
