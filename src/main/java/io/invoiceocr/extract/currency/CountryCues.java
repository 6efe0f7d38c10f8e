package io.invoiceocr.extract.currency;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import io.invoiceocr.extract.DocumentText;

/**
 * Finds the countries a page names through its identifiers rather than its words: IBANs, VAT ids,
 * international phone numbers, postcodes only one country writes so (UK postcodes, a US state with
 * its ZIP code) and country names ({@link CountryNames}).
 */
public final class CountryCues {

	/** Two letters, two check digits, then groups of four letters or digits, spaced or not. */
	private static final Pattern IBAN = Pattern
		.compile("(?<![A-Z0-9])([A-Z]{2})\\d{2} ?(?:[A-Z0-9]{4} ?){2,7}[A-Z0-9]{0,4}(?![A-Z0-9])");

	/** VAT prefixes of the EU states (Greece as EL), the UK and Northern Ireland (XI), Switzerland. */
	private static final Pattern VAT_ID = Pattern.compile("(?<![A-Za-z0-9])(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE"
			+ "|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|GB|XI|CHE)[ -]?(?:U|[0-9A-Z]{2} ?)?\\d(?:[\\d .]{6,13})\\d(?:B\\d{0,2})?"
			+ "(?:MWST|TVA|IVA)?(?![A-Za-z0-9])");

	/** A UK postcode: outward code (area letters, district) and inward code (digit, two letters). */
	private static final Pattern UK_POSTCODE = Pattern
		.compile("(?<![A-Za-z0-9])[A-Z]{1,2}\\d[A-Z\\d]? \\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])");

	/** A US state's postal abbreviation followed by a ZIP code. */
	private static final Pattern US_STATE_ZIP = Pattern.compile("(?<![A-Za-z])(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI"
			+ "|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA"
			+ "|WA|WV|WI|WY),? \\d{5}(?:-\\d{4})?(?![\\d.,])");

	private static final Set<String> COUNTRIES = Set.of(java.util.Locale.getISOCountries());

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private CountryCues() {
	}

	/** Every country cue of the text, row by row. */
	public static List<CountryCue> find(DocumentText text) {
		List<CountryCue> cues = new ArrayList<>();
		for (DocumentText.Row row : text.rows()) {
			cues.addAll(find(row));
		}
		return cues;
	}

	static List<CountryCue> find(DocumentText.Row row) {
		List<CountryCue> cues = new ArrayList<>();
		String rest = row.text();
		rest = ibans(rest, row, cues);
		rest = take(rest, VAT_ID, CountryCue.Kind.VAT_ID, row, cues);
		rest = phones(rest, row, cues);
		rest = fixed(rest, UK_POSTCODE, "GB", row, cues);
		fixed(rest, US_STATE_ZIP, "US", row, cues);
		CountryNames.find(row.text()).forEach(country -> cues.add(new CountryCue(country, CountryCue.Kind.COUNTRY_NAME,
				country, row)));
		return cues;
	}

	/** Adds the matches whose first group is a country, and blanks them so no later pattern reads them. */
	private static String take(String text, Pattern pattern, CountryCue.Kind kind, DocumentText.Row row,
			List<CountryCue> cues) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder rest = new StringBuilder(text);
		while (matcher.find()) {
			String country = country(matcher.group(1));
			if (country != null) {
				cues.add(new CountryCue(country, kind, matcher.group(), row));
				blank(rest, matcher.start(), matcher.end());
			}
		}
		return rest.toString();
	}

	/**
	 * IBANs: ones whose check digits hold (ISO 13616 mod 97), or any of the shape after the word
	 * IBAN, since OCR misreads a digit now and then; a VAT id such as {@code NL671483341B01} has an
	 * IBAN's shape too, and rarely its check digits.
	 */
	private static String ibans(String text, DocumentText.Row row, List<CountryCue> cues) {
		Matcher matcher = IBAN.matcher(text);
		StringBuilder rest = new StringBuilder(text);
		boolean labelled = text.toUpperCase(java.util.Locale.ROOT).contains("IBAN");
		while (matcher.find()) {
			String country = country(matcher.group(1));
			if (country != null && (labelled || checksumHolds(matcher.group()))) {
				cues.add(new CountryCue(country, CountryCue.Kind.IBAN, matcher.group(), row));
				blank(rest, matcher.start(), matcher.end());
			}
		}
		return rest.toString();
	}

	static boolean checksumHolds(String iban) {
		String compact = iban.replace(" ", "");
		String moved = compact.substring(4) + compact.substring(0, 4);
		int remainder = 0;
		for (char c : moved.toCharArray()) {
			int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
			remainder = (value >= 10 ? remainder * 100 : remainder * 10) + value;
			remainder %= 97;
		}
		return remainder == 1;
	}

	private static String fixed(String text, Pattern pattern, String country, DocumentText.Row row,
			List<CountryCue> cues) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder rest = new StringBuilder(text);
		while (matcher.find()) {
			cues.add(new CountryCue(country, CountryCue.Kind.POSTCODE, matcher.group(), row));
			blank(rest, matcher.start(), matcher.end());
		}
		return rest.toString();
	}

	/** Numbers written with a calling code ({@code +44 20 ...}); without one they name no country. */
	private static String phones(String text, DocumentText.Row row, List<CountryCue> cues) {
		if (text.indexOf('+') < 0) {
			return text;
		}
		StringBuilder rest = new StringBuilder(text);
		for (PhoneNumberMatch match : PHONES.findNumbers(text, "ZZ", PhoneNumberUtil.Leniency.VALID, 20)) {
			String region = PHONES.getRegionCodeForCountryCode(match.number().getCountryCode());
			if (region != null && COUNTRIES.contains(region)) {
				cues.add(new CountryCue(region, CountryCue.Kind.PHONE, match.rawString(), row));
				blank(rest, match.start(), match.end());
			}
		}
		return rest.toString();
	}

	private static void blank(StringBuilder text, int start, int end) {
		for (int i = start; i < end; i++) {
			text.setCharAt(i, ' ');
		}
	}

	/** The ISO country of a two-letter prefix, reading the VAT prefixes that differ from it. */
	private static String country(String prefix) {
		String country = switch (prefix) {
			case "EL" -> "GR";
			case "XI" -> "GB";
			case "CHE" -> "CH";
			default -> prefix;
		};
		return COUNTRIES.contains(country) ? country : null;
	}

}
