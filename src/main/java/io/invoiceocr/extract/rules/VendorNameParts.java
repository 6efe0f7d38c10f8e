package io.invoiceocr.extract.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.invoiceocr.extract.DocumentText;

/**
 * The pieces of a row that make a vendor's name: the block holding its legal form, the part of a
 * sender line around it, without a title, registration number or running number printed with it;
 * and whether a row reads as a name at all.
 */
final class VendorNameParts {

	/**
	 * Lines of a row closer than this many print heights are one block: OCR boxes the words of one
	 * name apart with gaps of about a letter's height; blocks side by side stand several heights apart.
	 */
	private static final float NAME_GAP_EM = 1.0f;

	/** A receipt's running number before the shop's name: "#000002 BAIFU (M) Sdn Bhd". */
	private static final Pattern LEADING_NUMBER = Pattern.compile("^#\\d+\\s+");

	private VendorNameParts() {
	}

	/** The name without the registration number or running number printed with it. */
	static Candidate<String> cleaned(Candidate<String> name) {
		String value = LEADING_NUMBER.matcher(VendorRules.REGISTRATION_NUMBER.matcher(name.value()).replaceAll("")).replaceAll("");
		value = value.replaceAll("[\\s,;:]+$", "").strip();
		if (value.isEmpty() || value.equals(name.value())) {
			return name;
		}
		return new Candidate<>(value, name.text(), name.row(), name.start(), name.end(), name.confidence());
	}

	/**
	 * Where a row's text ends before a document title printed at its end with other text before
	 * it; the row's length when there is none.
	 */
	static int endBeforeTitle(String row) {
		Matcher title = Keywords.DOCUMENT_TITLE.matcher(row);
		int end = row.length();
		while (title.find()) {
			boolean atEnd = row.substring(title.end()).isBlank();
			if (atEnd && title.start() > 0 && !row.substring(0, title.start()).isBlank()) {
				end = title.start();
			}
		}
		return end;
	}

	/**
	 * The stretch of the row the name with its legal form at {@code at} can take, as {@code {start,
	 * end}}: the row's block holding it, since blocks printed side by side (a logo's initials, the
	 * address beside the name) stand apart by more than a word space; with the line before it when
	 * the legal form stands alone in its block (OCR boxed "GmbH" far from the words it follows).
	 */
	static int[] nameBlock(DocumentText.Row row, int at, int limit) {
		int[] line = row.blockAround(at, NAME_GAP_EM);
		int start = line[0];
		String before = row.text().substring(start, at);
		if (VendorRules.LETTER.matcher(before).results().count() < 3 && start > 0) {
			start = row.lineAround(start - 2)[0];
		}
		return new int[] { start, Math.min(limit, line[1]) };
	}

	/**
	 * The piece of a sender line between {@code from} and {@code limit} that holds the name (the
	 * part around {@code at}).
	 */
	static Candidate<String> part(DocumentText.Row row, int at, int from, int limit, double confidence) {
		Matcher separator = VendorRules.SENDER_SEPARATOR.matcher(row.text()).region(from, limit);
		int start = from;
		int end = limit;
		while (separator.find()) {
			if (separator.end() <= at) {
				start = separator.end();
			}
			else if (separator.start() >= at) {
				end = separator.start();
				break;
			}
		}
		// the evidence is the text of the name, not the gap to the next column
		while (end > start && Character.isWhitespace(row.text().charAt(end - 1))) {
			end--;
		}
		while (start < end && Character.isWhitespace(row.text().charAt(start))) {
			start++;
		}
		String name = row.text().substring(start, end);
		return new Candidate<>(name, name, row, start, end, confidence);
	}

	static boolean plausibleName(String printed) {
		// a registration number printed with the name says nothing about the name itself
		String row = VendorRules.REGISTRATION_NUMBER.matcher(printed).replaceAll("").strip();
		long letters = VendorRules.LETTER.matcher(row).results().count();
		return letters >= 3 && letters * 2 >= row.replace(" ", "").length() && !Keywords.DOCUMENT_TITLE.matcher(row).matches()
				&& !startsWithTitle(row) && !Keywords.NOT_ADDRESS.matcher(row).find() && !Keywords.CUSTOMER.matcher(row).find();
	}

	private static boolean startsWithTitle(String row) {
		Matcher title = Keywords.DOCUMENT_TITLE.matcher(row);
		return title.lookingAt() && row.substring(title.end()).replaceAll("[^\\p{L}]", "").length() < 3;
	}

}
