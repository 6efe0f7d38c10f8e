package io.invoiceocr.extract.table;

import java.util.regex.Pattern;

/**
 * The labels of the totals block that closes a line-item table: subtotals, totals, tax, amounts
 * already paid or due, in the languages the column labels know.
 */
final class TableEndLabels {

	private static final Pattern END = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
			+ "sub\\s*-?\\s*total|total|totals|grand\\s*total|net\\s*total|balance|amount\\s*due|paid|"
			+ "zwischensumme|summe|gesamt\\p{L}*|netto\\s*betrag|nettobetrag|rechnungs\\s*-?\\s*(?:summe|betrag)|endbetrag|bruttobetrag|"
			+ "positions\\s*-?\\s*summe|zahlbetrag|bereits\\s*(?:gezahlt|bezahlt)|offener\\s*betrag|"
			+ "sous\\s*-?\\s*total|total\\s*ht|montant\\s*(?:ht|ttc|total)|net\\s*[àa]\\s*payer|"
			+ "subtotaal|totaal|te\\s*betalen|te\\s*voldoen|"
			+ "subtotal|base\\s*imponible|importe\\s*total|"
			+ "razem|suma|do\\s*zap[łl]aty|warto[śs][ćc]\\s*netto|"
			+ "subtotale|totale|imponibile|"
			+ "jumlah(?:\\s*kecil|\\s*besar)?|"
			+ "(?:sales\\s*tax|vat|tax|gst|sst|mwst|ust|umsatzsteuer|tva|btw|iva|podatek|steuer\\p{L}*)(?:\\s*\\d+(?:[.,]\\d+)?\\s*%)?"
			+ ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private TableEndLabels() {
	}

	/** Whether a cell's text opens with a totals label. */
	static boolean opens(String cell) {
		return END.matcher(cell.strip()).lookingAt();
	}

}
