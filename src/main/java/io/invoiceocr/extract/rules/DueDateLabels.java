package io.invoiceocr.extract.rules;

import java.util.regex.Pattern;

/**
 * The labels of a due date beyond those {@link Keywords} knows, in English, German, French, Dutch,
 * Spanish, Italian, Polish and Malay, and the words that make a date no invoice date.
 */
final class DueDateLabels {

	private DueDateLabels() {
	}

	static final Pattern DUE_DATE = LabelWords.either(Keywords.DUE_DATE, LabelWords.words(
			"date\\s*limite(?:\\s*de\\s*(?:paiement|r[èe]glement))?|paiement\\s*d[ûu]|date\\s*de\\s*paiement|[àa]\\s*payer\\s*avant\\s*le"
					+ "|payment\\s*due(?:\\s*date)?|due|payable\\s*on|zahlungsfrist|zahlbar\\s*(?:am|sp[äa]testens)|f[äa]llig\\s*zum"
					+ "|betaling\\s*verschuldigd|vervaldag|te\\s*betalen\\s*(?:voor|v[óo][óo]r)|betalen\\s*voor"
					+ "|fecha\\s*l[íi]mite(?:\\s*de\\s*pago)?|fecha\\s*de\\s*pago|vence|scadenza|data\\s*(?:di\\s*)?scadenza"
					+ "|da\\s*pagare\\s*entro|termin\\s*zap[łl]aty|data\\s*p[łl]atno[śs]ci|p[łl]atne\\s*do|tarikh\\s*(?:tamat|perlu\\s*bayar)"));

	/** A date the text asks to be paid by, without a label of its own: "... avant le 05/03/2023". */
	static final Pattern PAY_BY = LabelWords.words("(?:bis\\s*(?:zum|sp[äa]testens)|avant\\s*le|au\\s*plus\\s*tard\\s*le|uiterlijk(?:\\s*op)?"
			+ "|v[óo][óo]r|antes\\s*del?|entro\\s*il|do\\s*dnia|no\\s*later\\s*than|before)");

	/** Rows whose dates a payment is asked by. */
	static final Pattern PAYMENT = LabelWords.words("pay\\p{L}*|remit\\p{L}*|zahl\\p{L}*|[üu]berweis\\p{L}*|begleich\\p{L}*"
			+ "|paiement|r[èe]gl\\p{L}*|vir\\p{L}*|betal\\p{L}*|overmak\\p{L}*|pag\\p{L}*|p[łl]at\\p{L}*|bayar\\p{L}*");

	/** Labels whose dates are not the invoice date, beyond those {@link Keywords} knows. */
	static final Pattern NOT_INVOICE_DATE = LabelWords.either(Keywords.NOT_INVOICE_DATE, LabelWords.words(
			"verschuldigd|scadenza|vence|overdue|[üu]berf[äa]llig|dû|te\\s*betalen|p[łl]atno[śs]ci|zap[łl]aty"));

}
