package io.invoiceocr.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels a line-item table's header gives its columns, in English, German, French, Dutch,
 * Spanish, Polish, Italian and Malay. They are tried most specific first: "unit price" is a price
 * before "unit" is a unit, "total price" an amount before "price" is a price, "item no." a code
 * before "item" is the description.
 */
final class ColumnLabels {

	/** A label found in a text: where it stands and the column it names. */
	record Label(int start, int end, ColumnKind kind) {
	}

	private record Entry(ColumnKind kind, Pattern pattern) {
	}

	private static final List<Entry> ENTRIES = List.of(
			entry(ColumnKind.CODE, "(?:item|product|part|art(?:ikel)?|article|produkt)\\s*[.-]?\\s*(?:no\\.?|nr\\.?|#|number|code|nummer)"
					+ "|art\\.?\\s*-?\\s*nr\\.?(?:\\s*-?\\s*\\p{L}+\\.?)?|artikelnr\\.?|artikelnummer|sku|ean|gtin|code(?:\\s*article)?|r[ée]f(?:[ée]rence)?\\.?"
					+ "|kod|indeks|codice|c[óo]digo|bestelnr\\.?"),
			entry(ColumnKind.TAX_AMOUNT, "(?:vat|tax|gst|mwst|ust|tva|btw|iva|vat|podatek|steuer)\\s*-?\\s*(?:amount|betrag|bedrag|montant|importe|kwota|importo)"
					+ "|steuerbetrag|montant\\s*tva|kwota\\s*vat"),
			entry(ColumnKind.AMOUNT, "(?:line|item|row)\\s*total|total\\s*(?:price|amount|ht|net|netto)|gesamt\\s*-?\\s*(?:preis|betrag)|gesamtpreis"
					+ "|prix\\s*total|totaalprijs|totaal\\s*bedrag|precio\\s*total|importe\\s*total|prezzo\\s*totale|warto[śs][ćc](?:\\s*netto|\\s*brutto)?"
					+ "|positions\\s*-?\\s*betrag|netto\\s*-?\\s*betrag|nettobetrag|bruttobetrag|montant(?:\\s*ht|\\s*ttc)?|net\\s*amount|amount|total|totaal|totale|summe|sum|betrag|gesamt|bedrag|importe|importo"
					+ "|kwota|jumlah|amaun|net|netto|brutto|gross|entgelt|subtotal|ttc|ht"),
			entry(ColumnKind.UNIT_PRICE, "unit\\s*(?:price|cost|rate)|price\\s*(?:per|/)\\s*\\p{L}+|rate|einzel\\s*-?\\s*preis|e\\s*-?\\s*preis|st[üu]ckpreis|preis\\s*/?\\s*(?:je|pro)?\\s*einheit"
					+ "|netto\\s*-?\\s*preis|brutto\\s*-?\\s*preis|preis|prix\\s*unitaire(?:\\s*ht)?|p\\.\\s*u\\.|co[ûu]t\\s*unitaire|tarif|prix|eenheids\\s*-?\\s*prijs|stukprijs|prijs"
					+ "|precio\\s*unitario|precio|cena\\s*(?:jedn\\.?|jednostkowa|netto|brutto)?|prezzo\\s*unitario|prezzo|harga\\s*(?:unit|seunit)?|price|cost|tarief"),
			entry(ColumnKind.DISCOUNT, "discount|rabatt|nachlass|remise|korting|descuento|rabat|sconto"),
			entry(ColumnKind.TAX_RATE, "(?:vat|tax|gst|mwst|ust|tva|btw|iva|sst|podatek|steuer)\\s*(?:%|rate|satz|taux|tarief)?|steuersatz|taux(?:\\s*tva)?"
					+ "|stawka(?:\\s*vat)?|aliquota|belasting|taxe?|%"),
			entry(ColumnKind.UNIT, "unit|uom|einheit|me|unit[ée]|eenheid|unidad|j\\.?\\s*m\\.?|unit[àa]|u\\.?m\\.?"),
			entry(ColumnKind.QUANTITY, "qty|quantity|quantities|menge|anzahl|stk\\.?|st[üu]ck|quantit[ée]|qt[ée]|nombre|aantal|hoeveelheid|cantidad|cant\\.?"
					+ "|ilo[śs][ćc]|quantit[àa]|q\\.?t[àa]|kuantiti|hours|hrs|stunden|std\\.?|heures|uren|days|tage|jours|dagen|units|pcs"),
			entry(ColumnKind.POSITION, "pos\\.?|position|#|no\\.?|nr\\.?|n°|lp\\.?|line|bil"),
			entry(ColumnKind.DESCRIPTION, "description|item|items|product|products|service|services|article|details|particulars|goods"
					+ "|bezeichnung|beschreibung|artikel\\s*-?\\s*beschreibung|artikel|leistung|leistungen|produkt|ware|text"
					+ "|d[ée]signation|libell[ée]|prestations?|produit|omschrijving|artikel|dienst|descripci[óo]n|concepto|producto|servicio|art[íi]culo"
					+ "|nazwa(?:\\s*towaru)?|opis|us[łl]uga|towar|descrizione|articolo|prodotto|servizio|perkara|butiran|keterangan"));

	/** The description labels that name the column outright, over ones that may name a code ("Item", "Service"). */
	private static final Pattern PLAIN_DESCRIPTION = words("description|bezeichnung|beschreibung|artikel\\s*-?\\s*beschreibung|d[ée]signation"
			+ "|libell[ée]|omschrijving|descripci[óo]n|concepto|nazwa(?:\\s*towaru)?|opis|descrizione|butiran|keterangan");

	private ColumnLabels() {
	}

	private static Entry entry(ColumnKind kind, String regex) {
		return new Entry(kind, words(regex));
	}

	private static Pattern words(String regex) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** The labels in a text, left to right, none overlapping another. */
	static List<Label> find(String text) {
		List<Label> labels = new ArrayList<>();
		for (Entry entry : ENTRIES) {
			Matcher matcher = entry.pattern().matcher(text);
			while (matcher.find()) {
				int start = matcher.start();
				int end = matcher.end();
				if (end > start && labels.stream().noneMatch(label -> label.start() < end && start < label.end())) {
					labels.add(new Label(start, end, entry.kind()));
				}
			}
		}
		labels.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return labels;
	}

	/** The column a header cell's whole text names, most specific label first; null for none. */
	static ColumnKind classify(String text) {
		for (Entry entry : ENTRIES) {
			if (entry.pattern().matcher(text).find()) {
				return entry.kind();
			}
		}
		return null;
	}

	static boolean plainDescription(String text) {
		return PLAIN_DESCRIPTION.matcher(text).find();
	}

}
