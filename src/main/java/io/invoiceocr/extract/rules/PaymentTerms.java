package io.invoiceocr.extract.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment terms that give the due date as a number of days after the invoice date, in English,
 * German, French, Dutch, Spanish, Italian, Polish and Malay: "Net 30", "within 7 days",
 * "zahlbar innerhalb von 14 Tagen", "à 30 jours", "binnen 30 dagen", "a 30 días",
 * "entro 30 giorni", "w terminie 14 dni", "dalam 30 hari".
 */
final class PaymentTerms {

	/** The longest term read: a number of days beyond it is something else (an amount, a year). */
	static final int MAX_DAYS = 180;

	private static final String DAYS = "(?:days?|tagen?|tg\\.?|jours?|j\\.?|dagen|d[íi]as|giorni|gg\\.?|dni|hari)";

	private static final Pattern WITHIN_DAYS = LabelWords.words("(?:within|in|innerhalb(?:\\s*von)?|binnen|sous|dans\\s*les|[àa]"
			+ "|en|a|de|entro|w\\s*terminie|w\\s*ci[ąa]gu|dalam|payable|zahlbar|net|netto|zahlungsziel|terms?|betalingstermijn"
			+ "|plazo(?:\\s*de\\s*pago)?|termine|termin)[:\\s]*(\\d{1,3})\\s*" + DAYS);

	private static final Pattern NET_DAYS = LabelWords.words("net\\s*(\\d{1,3})|(\\d{1,3})\\s*" + DAYS + "\\s*(?:net|netto|nett)");

	/** Days counted from something else than the invoice: the end of a month, the delivery. */
	private static final Pattern NOT_FROM_INVOICE = LabelWords.words("fin\\s*de\\s*mois|end\\s*of\\s*(?:the\\s*)?month|monatsende"
			+ "|eom|delivery|lieferung|livraison|levering|entrega|consegna|dostawy");

	/** A discount's term ("2 % Skonto innerhalb 10 Tagen") is not the due date. */
	private static final Pattern DISCOUNT = LabelWords.words("skonto|escompte|discount|korting|descuento|sconto|rabat|diskaun");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!])\\s+");

	/** A term read in a row: its number of days and where it is printed. */
	record Term(int days, int start, int end) {
	}

	private PaymentTerms() {
	}

	/** The term the row states, if it states one the due date follows from. */
	static Optional<Term> in(String row) {
		int offset = 0;
		for (String sentence : SENTENCE_END.split(row)) {
			int at = row.indexOf(sentence, offset);
			offset = at + sentence.length();
			if (NOT_FROM_INVOICE.matcher(sentence).find()) {
				continue;
			}
			Optional<Term> net = term(NET_DAYS, sentence, at);
			if (net.isPresent()) {
				return net;
			}
			if (!DISCOUNT.matcher(sentence).find()) {
				Optional<Term> within = term(WITHIN_DAYS, sentence, at);
				if (within.isPresent()) {
					return within;
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<Term> term(Pattern pattern, String sentence, int at) {
		Matcher matcher = pattern.matcher(sentence);
		while (matcher.find()) {
			String days = matcher.group(1) != null ? matcher.group(1) : matcher.group(matcher.groupCount());
			int value = Integer.parseInt(days);
			if (value > 0 && value <= MAX_DAYS) {
				return Optional.of(new Term(value, at + matcher.start(), at + matcher.end()));
			}
		}
		return Optional.empty();
	}

}
