package io.invoiceocr.extract.currency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that name a currency in running text ("payable in pounds sterling", "Betrag in Euro"), in
 * the languages invoices are written in. Bare "dollar" is left out: many currencies are dollars.
 */
final class CurrencyWords {

	/** A word naming the currency outright says as much as a VAT id. */
	static final int WEIGHT = 2;

	private static final Map<Pattern, String> WORDS = Map.of(
			Pattern.compile("(?iu)(?<!\\p{L})(?:euros?|eur|euro-?betrag)(?!\\p{L})"), "EUR",
			Pattern.compile("(?iu)(?<!\\p{L})(?:pounds?|sterling|pfund|livres? sterling|libras? esterlinas?|sterlina)(?!\\p{L})"),
			"GBP",
			Pattern.compile("(?iu)(?<!\\p{L})(?:us dollars?|u\\.s\\. dollars?|dolares estadounidenses|dollars? am[eé]ricains?)(?!\\p{L})"),
			"USD");

	private CurrencyWords() {
	}

	/** The currencies the text names in words, one per word found. */
	static List<String> find(String text) {
		List<String> found = new ArrayList<>();
		for (Map.Entry<Pattern, String> word : WORDS.entrySet()) {
			Matcher matcher = word.getKey().matcher(text);
			while (matcher.find()) {
				found.add(word.getValue());
			}
		}
		return found;
	}

}
