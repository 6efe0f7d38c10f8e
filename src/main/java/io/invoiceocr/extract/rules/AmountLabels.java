package io.invoiceocr.extract.rules;

import java.util.regex.Pattern;

/**
 * The labels of the amounts at an invoice's foot beyond those {@link Keywords} knows, in English,
 * German, French, Dutch, Spanish, Italian, Polish and Malay: the amount before tax, the tax, what
 * was paid already and what is still due.
 */
final class AmountLabels {

	private AmountLabels() {
	}

	static final Pattern SUBTOTAL = LabelWords.either(Keywords.SUBTOTAL, LabelWords.words(
			"sous[\\s-]*total|total\\s*h\\.?\\s*t\\.?|montant\\s*h\\.?\\s*t\\.?|total\\s*net(?:\\s*h\\.?t\\.?)?|nettobedrag"
					+ "|totaal\\s*netto|netto\\s*totaal|subtotale|imponibile|totale\\s*(?:imponibile|netto)|suma\\s*netto"
					+ "|gesamtbeitrag|nettobeitrag|beitrag\\s*netto|subtotal|net\\s*total\\s*\\(?excl\\p{L}*|jumlah\\s*sebelum\\s*cukai"));

	static final Pattern TAX = LabelWords.either(Keywords.TAX, LabelWords.words(
			"versicherungs?steuer|insurance\\s*premium\\s*tax|i\\.?v\\.?a\\.?|imposta|impuesto|vat|tva|btw|omzetbelasting|podatek|cukai|gst|sst"));

	static final Pattern TOTAL = LabelWords.either(Keywords.TOTAL,
			LabelWords.words("totale(?:\\s*(?:fattura|documento|complessivo))?|total\\s*factura|importe|montant\\s*ttc"));

	/** What was paid already: a deposit, earlier payments. */
	static final Pattern PAID = LabelWords.words("paid(?:\\s*to\\s*date)?|amount\\s*paid|less\\s*(?:paid|deposit|payments?)"
			+ "|payments?\\s*(?:/\\s*credits?|received|made)|deposit(?:\\s*paid)?|prepaid|advance\\s*payment"
			+ "|pay[ée](?:\\s*[àa]\\s*ce\\s*jour)?|d[ée]j[àa]\\s*(?:pay[ée]|r[ée]gl[ée]|vers[ée])|acomptes?(?:\\s*vers[ée]s?)?"
			+ "|montant\\s*(?:pay[ée]|r[ée]gl[ée])|bereits\\s*(?:gezahlt|bezahlt|erhalten|geleistet)|anzahlung(?:en)?"
			+ "|geleistete\\s*(?:an)?zahlung(?:en)?|abschlagszahlung(?:en)?|erhaltene\\s*(?:an)?zahlung(?:en)?"
			+ "|reeds\\s*betaald|al\\s*betaald|betaald|aanbetaling|vooruitbetaling|pagado|importe\\s*pagado|anticipo"
			+ "|pagato|gi[àa]\\s*pagato|acconto|zap[łl]acono|wp[łl]acono|zaliczka|telah\\s*dibayar|deposit");

	/** Rows that speak of what was not paid. */
	static final Pattern NOT_PAID = LabelWords.words("unpaid|not\\s*paid|non\\s*pay[ée]|impay[ée]|nicht\\s*bezahlt|unbezahlt"
			+ "|onbetaald|impagado|no\\s*pagado|non\\s*pagato|niezap[łl]acon\\p{L}*");

	/** What is left to pay. */
	static final Pattern DUE = LabelWords.either(Keywords.AMOUNT_DUE, LabelWords.words(
			"balance(?:\\s*(?:due|owing|outstanding))?|outstanding(?:\\s*(?:amount|balance))?|due\\s*amount|amount\\s*to\\s*pay"
					+ "|montant\\s*(?:d[ûu]|restant\\s*d[ûu]|[àa]\\s*payer)|solde(?:\\s*d[ûu])?|reste\\s*d[ûu]|[àa]\\s*payer"
					+ "|te\\s*voldoen|te\\s*betalen(?:\\s*bedrag)?|nog\\s*te\\s*betalen|openstaand(?:\\s*(?:bedrag|saldo))?"
					+ "|f[äa]llige[rn]?\\s*betrag|offene[rn]?\\s*betrag|restbetrag|noch\\s*zu\\s*zahlen(?:der\\s*betrag)?"
					+ "|zu\\s*zahlende[rn]?\\s*(?:betrag|beitrag)|zahlungsbetrag|rechnungsbeitrag|zahlbetrag|importe\\s*(?:pendiente|adeudado)|saldo\\s*(?:a\\s*pagar|pendiente)"
					+ "|pendiente\\s*de\\s*pago|total\\s*a\\s*pagar|importo\\s*(?:dovuto|da\\s*pagare)|netto\\s*a\\s*pagare"
					+ "|saldo\\s*(?:dovuto|da\\s*pagare)|da\\s*pagare|pozosta[łl]o\\s*do\\s*zap[łl]aty|kwota\\s*do\\s*zap[łl]aty"
					+ "|baki\\s*perlu\\s*dibayar"));

}
