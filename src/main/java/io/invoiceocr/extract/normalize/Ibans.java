package io.invoiceocr.extract.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds IBANs printed in a line, in groups ({@code DE89 3704 0044 0532 0130 00}) or in one piece.
 * A candidate counts only with its country's length and a valid ISO 13616 check (mod 97), which
 * rejects nearly every OCR misreading and every other code that happens to start like an IBAN.
 */
final class Ibans {

	/** Where an IBAN may start: a country code and two check digits, not inside a word. */
	private static final Pattern START = Pattern.compile("(?<![A-Za-z0-9])([A-Z]{2})\\d{2}");

	/** The length of an IBAN in each country that issues them. */
	private static final Map<String, Integer> LENGTHS = Map.ofEntries(Map.entry("AD", 24), Map.entry("AE", 23),
			Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28), Map.entry("BA", 20), Map.entry("BE", 16),
			Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29), Map.entry("BY", 28), Map.entry("CH", 21),
			Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18),
			Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29), Map.entry("ES", 24), Map.entry("FI", 18),
			Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GE", 22), Map.entry("GI", 23),
			Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28), Map.entry("HR", 21), Map.entry("HU", 28),
			Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23), Map.entry("IS", 26), Map.entry("IT", 27),
			Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28), Map.entry("LC", 32),
			Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MC", 27),
			Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MR", 27), Map.entry("MT", 31),
			Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PK", 24), Map.entry("PL", 28),
			Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29), Map.entry("RO", 24), Map.entry("RS", 22),
			Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24),
			Map.entry("SM", 27), Map.entry("ST", 25), Map.entry("SV", 28), Map.entry("TL", 23), Map.entry("TN", 24),
			Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22), Map.entry("VG", 24), Map.entry("XK", 20));

	private Ibans() {
	}

	static List<Found> find(String line) {
		List<Found> found = new ArrayList<>();
		Matcher matcher = START.matcher(line);
		int from = 0;
		while (from < line.length() && matcher.find(from)) {
			Found iban = read(line, matcher.start(), LENGTHS.get(matcher.group(1)));
			if (iban != null) {
				found.add(iban);
				from = iban.end();
			}
			else {
				from = matcher.start() + 1;
			}
		}
		return found;
	}

	/** Whether the text, without spaces, is an IBAN of its country's length with a valid check. */
	static boolean isValid(String iban) {
		Integer length = (iban.length() >= 2) ? LENGTHS.get(iban.substring(0, 2)) : null;
		if (length == null || iban.length() != length || !iban.chars().allMatch(Ibans::isDigitOrCapital)) {
			return false;
		}
		String rearranged = iban.substring(4) + iban.substring(0, 4);
		int remainder = 0;
		for (int i = 0; i < rearranged.length(); i++) {
			char c = rearranged.charAt(i);
			remainder = (c <= '9') ? (remainder * 10 + (c - '0')) % 97
					: (remainder * 100 + (c - 'A' + 10)) % 97;
		}
		return remainder == 1;
	}

	/** The IBAN starting at start, single spaces allowed between its characters, or null. */
	private static Found read(String line, int start, Integer length) {
		if (length == null) {
			return null;
		}
		StringBuilder iban = new StringBuilder(length);
		int i = start;
		while (i < line.length() && iban.length() < length) {
			char c = line.charAt(i);
			if (isAlphanumeric(c)) {
				iban.append(Character.toUpperCase(c));
				i++;
			}
			else if (Character.isSpaceChar(c) && i + 1 < line.length() && isAlphanumeric(line.charAt(i + 1))) {
				i++;
			}
			else {
				break;
			}
		}
		boolean runsOn = i < line.length() && isAlphanumeric(line.charAt(i));
		if (iban.length() < length || runsOn || !isValid(iban.toString())) {
			return null;
		}
		return new Found(iban.toString(), start, i);
	}

	private static boolean isDigitOrCapital(int c) {
		return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isAlphanumeric(int c) {
		return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
	}

}
