package io.invoiceocr.extract.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds tax registration ids: EU VAT ids by their country prefix and national format, the Swiss
 * UID ({@code CHE-123.456.789 MWST}), the Norwegian {@code NO 123 456 789 MVA}, and Malaysian GST
 * and SST ids, whose bare digits are told from any other number only by their label
 * ({@code GST ID: 001234567890}).
 */
final class TaxIds {

	/** A separator printed inside an id to make it readable. */
	private static final String SEP = "[ .\\-\\u00A0]?";

	private static final String PREFIXED_FORMATS = String.join("|", "AT" + one("U") + digits(8),
			"BE" + one("[01]") + digits(9), "BG" + digits(9, 10), "CY" + digits(8) + one("[A-Z]"),
			"CZ" + digits(8, 10), "DE" + digits(9), "DK" + digits(8), "(?:EL|GR)" + digits(9),
			"ES(?:" + one("[A-Z]") + digits(7) + one("[A-Z]") + "|" + one("[A-Z]") + digits(8) + "|" + digits(8)
					+ one("[A-Z]") + ")",
			"FI" + digits(8), "FR" + one("[0-9A-HJ-NP-Z]") + one("[0-9A-HJ-NP-Z]") + digits(9), "HR" + digits(11),
			"HU" + digits(8), "IE" + digits(1) + one("[0-9A-Z+*]") + digits(5) + one("[A-Z]") + "(?:[A-Z])?",
			"IT" + digits(11), "LT" + digits(9) + "(?:" + digits(3) + ")?", "LU" + digits(8), "LV" + digits(11),
			"MT" + digits(8), "NL" + digits(9) + one("B") + digits(2), "PL" + digits(10), "PT" + digits(9),
			"RO" + digits(6, 10), "SE" + digits(12), "SI" + digits(8), "SK" + digits(10),
			"(?:GB|XI)" + digits(9) + "(?:" + digits(3) + ")?",
			"CHE" + digits(9) + "(?:[ \\u00A0]?(?:MWST|MwSt|TVA|IVA|VAT))?", "NO" + digits(9) + "[ \\u00A0]?MVA");

	/**
	 * A prefixed id as a word of its own; a point or dash followed by a digit after it means the
	 * digits run on, so the match would be a part of a longer number.
	 */
	private static final Pattern PREFIXED = Pattern
		.compile("(?<![A-Za-z0-9])(?:" + PREFIXED_FORMATS + ")(?![A-Za-z0-9]|[.\\-]\\d)");

	/** The language suffix of a Swiss UID, which says which tax it is registered for, not who. */
	private static final Pattern SWISS_SUFFIX = Pattern.compile("(MWST|TVA|IVA|VAT)$");

	private static final String LABEL_TAIL = "[ \\u00A0]{0,2}(?:REG(?:ISTRATION)?\\.?[ \\u00A0]{0,2})?"
			+ "(?:NO|ID|NUMBER|#)?\\.?[ \\u00A0]{0,2}[:.]?[ \\u00A0]{0,2}";

	/** A Malaysian GST id: twelve digits after a GST label. */
	private static final Pattern GST = Pattern
		.compile("(?i)(?<!\\p{L})GST" + LABEL_TAIL + "(?<id>\\d{12})(?!\\d)");

	/** A Malaysian SST id such as {@code W10-1808-31000071}, after an SST label. */
	private static final Pattern SST = Pattern
		.compile("(?i)(?<!\\p{L})SST" + LABEL_TAIL + "(?<id>[A-Z]\\d{2}-?\\d{4}-?\\d{8})(?!\\d)");

	private static final Pattern PRINTED_SEPARATORS = Pattern.compile("[ .\\-/\\u00A0]");

	private static final Pattern BARE_ID = Pattern.compile("[A-Z0-9]{6,20}");

	private TaxIds() {
	}

	static List<Found> find(String line) {
		List<Found> found = new ArrayList<>();
		Matcher prefixed = PREFIXED.matcher(line);
		while (prefixed.find()) {
			found.add(new Found(compact(prefixed.group()), prefixed.start(), prefixed.end()));
		}
		for (Pattern labelled : List.of(GST, SST)) {
			Matcher matcher = labelled.matcher(line);
			while (matcher.find()) {
				found.add(new Found(compact(matcher.group("id")), matcher.start("id"), matcher.end("id")));
			}
		}
		found.sort(Comparator.comparingInt(Found::start));
		return found;
	}

	/**
	 * The id a printed tax id stands for, or null. A text holding one recognised id gives that id;
	 * any other text gives itself without spaces, points, dashes and slashes, in upper case, when
	 * that is six to twenty letters and digits with at least six digits: a Malaysian GST id or a
	 * national number printed without its country prefix, whose label the caller has read.
	 */
	static String normalise(String printed) {
		List<Found> found = find(printed);
		if (found.size() == 1) {
			return found.get(0).value();
		}
		String compact = compact(printed.strip());
		long digits = compact.chars().filter(c -> c >= '0' && c <= '9').count();
		return (found.isEmpty() && BARE_ID.matcher(compact).matches() && digits >= 6) ? compact : null;
	}

	/** The printed id without separators, in upper case, a Swiss UID without its tax suffix. */
	private static String compact(String printed) {
		String compact = PRINTED_SEPARATORS.matcher(printed).replaceAll("").toUpperCase(Locale.ROOT);
		return compact.startsWith("CHE") ? SWISS_SUFFIX.matcher(compact).replaceFirst("") : compact;
	}

	private static String digits(int count) {
		return "(?:" + SEP + "\\d){" + count + "}";
	}

	private static String digits(int min, int max) {
		return "(?:" + SEP + "\\d){" + min + "," + max + "}";
	}

	private static String one(String characterClass) {
		return "(?:" + SEP + characterClass + ")";
	}

}
