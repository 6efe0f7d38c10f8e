package io.invoiceocr.extract.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the identifiers printed on invoices: tax ids, IBANs, e-mail addresses and phone numbers.
 * Each comes normalised for comparison and with its place in the line, so that other readers can
 * leave those characters alone: the digits of an IBAN or a phone number are not amounts.
 */
public final class Identifiers {

	/**
	 * An e-mail address. Possessive runs and a label that must be followed by a letter or digit
	 * keep the scan linear on long lines, and let a full stop end a sentence after the address.
	 */
	private static final Pattern EMAIL = Pattern.compile("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@"
			+ "(?:[A-Za-z0-9-]++\\.(?=[A-Za-z0-9]))++[A-Za-z]{2,24}+(?![A-Za-z0-9-])");

	private Identifiers() {
	}

	/**
	 * Tax ids in a line, left to right: EU VAT ids by country prefix, as printed with spaces,
	 * points or dashes inside ({@code ATU12345678}, {@code BE0123456789}, {@code DE 123 456 789},
	 * {@code FRXX123456789}, {@code NL123456789B01}, {@code ESX1234567X}, {@code IT12345678901},
	 * {@code PL1234567890}, {@code GB123456789}, and the other member states), the Swiss UID
	 * ({@code CHE-123.456.789 MWST}, normalised to {@code CHE123456789}), the Norwegian
	 * {@code NO123456789MVA}, and Malaysian GST (12 digits) and SST ids after their label
	 * ({@code GST ID: 001234567890}, whose place is that of the digits).
	 */
	public static List<Found> vatIds(String line) {
		return (line == null) ? List.of() : TaxIds.find(line);
	}

	/**
	 * The id a printed tax id stands for, for a caller that has read the label itself: a text
	 * holding one recognised id gives that id ({@code DE 123.456.789} is {@code DE123456789});
	 * any other gives itself without spaces, points, dashes and slashes, in upper case, when that
	 * is 6 to 20 letters and digits with at least six digits ({@code 001234567890},
	 * {@code 123-456-78-90}); empty otherwise.
	 */
	public static Optional<String> normaliseTaxId(String printed) {
		return (printed == null) ? Optional.empty() : Optional.ofNullable(TaxIds.normalise(printed));
	}

	/**
	 * IBANs in a line, printed in groups or in one piece, each with its country's length and a
	 * valid ISO 13616 mod-97 check; normalised without spaces, in upper case.
	 */
	public static List<Found> ibans(String line) {
		return (line == null) ? List.of() : Ibans.find(line);
	}

	/** E-mail addresses in a line, normalised to lower case: OCR of receipts often prints them upper case. */
	public static List<Found> emails(String line) {
		List<Found> found = new ArrayList<>();
		if (line == null) {
			return found;
		}
		Matcher matcher = EMAIL.matcher(line);
		while (matcher.find()) {
			found.add(new Found(matcher.group().toLowerCase(Locale.ROOT), matcher.start(), matcher.end()));
		}
		return found;
	}

	/**
	 * Phone and fax numbers in a line: international ({@code +49 30 1234567}), with an area code in
	 * parentheses ({@code (03) 1234 5678}), national with a trunk zero ({@code 012-345 6789}),
	 * hyphenated, or any digit groups after a label such as {@code Tel:}; 7 to 16 digits, never a
	 * date, never an amount. Normalised to the digits, a leading {@code +} kept.
	 */
	public static List<Found> phones(String line) {
		if (line == null) {
			return List.of();
		}
		List<Found> ids = new ArrayList<>(ibans(line));
		ids.addAll(vatIds(line));
		return phones(line, ids, Phones.find(line));
	}

	/** The phones that are not part of an IBAN or a tax id. */
	private static List<Found> phones(String line, List<Found> ids, List<Found> candidates) {
		// the digit groups of an IBAN or a tax id can look like a national phone number
		return candidates.stream()
			.filter(phone -> ids.stream().noneMatch(id -> id.start() < phone.end() && phone.start() < id.end()))
			.toList();
	}

	/**
	 * Everything this class finds in a line, for readers that must leave those characters alone;
	 * {@code dates} are the line's dates, which the caller has read already.
	 */
	static List<Found> all(String line, List<FoundDate> dates) {
		List<Found> all = new ArrayList<>(vatIds(line));
		all.addAll(ibans(line));
		List<Found> ids = List.copyOf(all);
		all.addAll(emails(line));
		all.addAll(phones(line, ids, Phones.find(line, dates)));
		return all;
	}

}
