package io.invoiceocr.extract.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.normalize.DateOrder;
import io.invoiceocr.extract.normalize.Dates;

/**
 * Whether a document prints its numeric dates day or month first, judged from the document
 * itself: a date that reads only one way ({@code 25/03/2024}, {@code 05/26/2025}) settles it;
 * without one the country of the parties (a US state and ZIP code, a {@code +1} phone number, an
 * EIN, against European VAT ids, postcodes and phone prefixes), the currency and the language of
 * the labels weigh in. Nothing to go by leaves it {@link DateOrder#UNKNOWN}.
 */
final class DocumentDateOrder {

	/** A date that reads only one way outweighs every hint. */
	private static final int UNAMBIGUOUS = 10;

	private static final Pattern NUMERIC = Pattern
		.compile("(?<![\\d.,/-])(\\d{1,2})([./-])(\\d{1,2})\\2(?:\\d{4}|\\d{2})(?![\\d]|[.,/-]\\d)");

	private static final Pattern US_STATE_ZIP = Pattern.compile("(?<![\\p{L}])(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA"
			+ "|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]),?\\s+\\d{5}(?:-\\d{4})?(?!\\d)");

	private static final Pattern US_HINTS = LabelWords.words("\\+1[\\s(.-]*\\d{3}|ein\\s*:?\\s*\\d{2}-\\d{7}|united\\s*states|usa|u\\.s\\.a\\.");

	/** VAT ids of European countries, their phone prefixes and postcodes that only they write. */
	private static final Pattern EUROPEAN_HINTS = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:DE|FR|NL|BE|AT|ES|IT|PL|GB|IE|PT|LU"
			+ "|DK|SE|FI|CZ)\\s?[0-9A-Z]{2}[\\s.]?\\d{3}[\\s.]?\\d{3,6}(?:B\\d{2})?|\\+(?:3[0-9]|4[0-9]|60|65)[\\s(]*\\d"
			+ "|\\d{4}\\s?[A-Z]{2}(?=\\s+\\p{Lu})|[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2})(?![\\p{L}\\p{N}])");

	/** Labels no English invoice prints: the document is written where dates are day first. */
	private static final Pattern CONTINENTAL_LABELS = LabelWords.words("rechnung\\p{L}*|datum|facture|factuur\\p{L}*|factura"
			+ "|fattura|faktura|fecha|date\\s*de|montant|betrag|bedrag|importe|importo|kwota|tarikh|jumlah");

	private DocumentDateOrder() {
	}

	static DateOrder of(DocumentText text, String currency) {
		int dayFirst = 0;
		int monthFirst = 0;
		boolean usPlace = false;
		boolean europeanPlace = false;
		boolean continental = false;
		for (DocumentText.Row row : text.rows()) {
			Matcher date = NUMERIC.matcher(row.text());
			while (date.find()) {
				int first = Integer.parseInt(date.group(1));
				int second = Integer.parseInt(date.group(3));
				if (first > 12 && second >= 1 && second <= 12) {
					dayFirst += UNAMBIGUOUS;
				}
				else if (second > 12 && second <= 31 && first >= 1 && first <= 12) {
					monthFirst += UNAMBIGUOUS;
				}
			}
			usPlace |= US_STATE_ZIP.matcher(row.text()).find() || US_HINTS.matcher(row.text()).find();
			europeanPlace |= EUROPEAN_HINTS.matcher(row.text()).find();
			continental |= CONTINENTAL_LABELS.matcher(row.text()).find();
		}
		if (dayFirst != monthFirst) {
			return dayFirst > monthFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
		}
		DateOrder byCurrency = Dates.orderFor(currency);
		int us = (usPlace ? 2 : 0) + (byCurrency == DateOrder.MONTH_FIRST ? 1 : 0);
		int elsewhere = (europeanPlace ? 2 : 0) + (continental ? 2 : 0) + (byCurrency == DateOrder.DAY_FIRST ? 1 : 0);
		if (us == elsewhere) {
			return DateOrder.UNKNOWN;
		}
		return us > elsewhere ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
	}

}
