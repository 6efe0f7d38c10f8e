package io.invoiceocr.extract.currency;

import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.invoiceocr.extract.DocumentText;

/**
 * The currency an invoice that prints no currency mark is most likely in, from the rest of the
 * page: the countries its IBAN, VAT ids, phone numbers, postcodes and addresses name (each voting
 * for its country's currency by {@link CountryCue.Kind#weight()}), words naming a currency
 * ({@link CurrencyWords}) and the number format (a decimal comma is not how the pound or the
 * dollar is written; it votes for the euro, the commonest currency written so).
 * <p>
 * Scanned invoices need this most: the recogniser has no {@code €} or {@code £} in its alphabet.
 */
public final class PageCurrency {

	/** Votes the winner needs: one strong sign (a VAT id) or two weak ones. */
	private static final int MIN_VOTES = 2;

	private static final Pattern CENTS = Pattern.compile("\\d([.,])\\d{2}(?![\\d.,])");

	/**
	 * The inferred currency and its evidence.
	 *
	 * @param code  ISO 4217 code
	 * @param votes the weight of the signs for it
	 * @param row   the row of its strongest sign
	 * @param sign  what that sign is ("IBAN DE89 3704 ...")
	 */
	public record Inferred(String code, int votes, DocumentText.Row row, String sign) {
	}

	private PageCurrency() {
	}

	public static Optional<Inferred> infer(DocumentText text) {
		Map<String, Integer> votes = new HashMap<>();
		Map<String, Integer> strongest = new HashMap<>();
		Map<String, Inferred> evidence = new HashMap<>();
		for (CountryCue cue : CountryCues.find(text)) {
			String code = currencyOf(cue.country());
			if (code != null) {
				int weight = cue.kind().weight();
				vote(votes, strongest, evidence, code, weight, cue.row(), cue.kind() + " " + cue.text());
			}
		}
		for (DocumentText.Row row : text.rows()) {
			for (String code : CurrencyWords.find(row.text())) {
				vote(votes, strongest, evidence, code, CurrencyWords.WEIGHT, row, "word for " + code);
			}
		}
		DocumentText.Row commaRow = decimalCommaRow(text);
		if (commaRow != null) {
			vote(votes, strongest, evidence, "EUR", 1, commaRow, "decimal comma");
		}
		List<Map.Entry<String, Integer>> ranked = votes.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.toList();
		if (ranked.isEmpty() || ranked.get(0).getValue() < MIN_VOTES
				|| (ranked.size() > 1 && ranked.get(1).getValue().equals(ranked.get(0).getValue()))) {
			return Optional.empty();
		}
		Inferred best = evidence.get(ranked.get(0).getKey());
		return Optional.of(new Inferred(best.code(), ranked.get(0).getValue(), best.row(), best.sign()));
	}

	private static void vote(Map<String, Integer> votes, Map<String, Integer> strongest, Map<String, Inferred> evidence,
			String code, int weight, DocumentText.Row row, String sign) {
		votes.merge(code, weight, Integer::sum);
		if (weight > strongest.getOrDefault(code, 0)) {
			strongest.put(code, weight);
			evidence.put(code, new Inferred(code, weight, row, sign));
		}
	}

	/** The first row with an amount in decimal comma, when the page writes most amounts so. */
	private static DocumentText.Row decimalCommaRow(DocumentText text) {
		int commas = 0;
		int points = 0;
		DocumentText.Row first = null;
		for (DocumentText.Row row : text.rows()) {
			Matcher cents = CENTS.matcher(row.text());
			while (cents.find()) {
				if (cents.group(1).equals(",")) {
					commas++;
					first = first == null ? row : first;
				}
				else {
					points++;
				}
			}
		}
		return commas > points ? first : null;
	}

	/** The currency of a country, or null for one without its own (Antarctica). */
	static String currencyOf(String country) {
		try {
			Currency currency = Currency.getInstance(new Locale("", country));
			return currency == null ? null : currency.getCurrencyCode();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
