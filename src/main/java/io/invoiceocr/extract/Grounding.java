package io.invoiceocr.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import io.invoiceocr.extract.normalize.Amounts;
import io.invoiceocr.extract.normalize.Currencies;
import io.invoiceocr.extract.normalize.DateOrder;
import io.invoiceocr.extract.normalize.Dates;
import io.invoiceocr.extract.normalize.FoundAmount;
import io.invoiceocr.extract.normalize.FoundCurrency;
import io.invoiceocr.extract.normalize.FoundDate;

/**
 * Finds where in the document's text a value stands, whichever extractor gave it: an amount is
 * found as any printed amount of the same value, a date as any printed date of the same day, a text
 * as the same words (case, accents, spacing and punctuation aside). A value found nowhere is
 * ungrounded: a language model may have made it up, an e-invoice may say what the page does not.
 */
public final class Grounding {

	private final DocumentText text;

	private final DateOrder dateOrder;

	// What each row holds, read once per document on first need: validation looks up some twenty
	// values, and every lookup would otherwise scan every row again.
	private List<List<FoundAmount>> amounts;

	private List<List<FoundDate>> dates;

	private List<List<FoundCurrency>> currencies;

	private TextGrounding texts;

	public Grounding(DocumentText text, DateOrder dateOrder) {
		this.text = text;
		this.dateOrder = dateOrder;
	}

	/** Grounding for an invoice's values: dates read day or month first as its currency says. */
	public static Grounding forInvoice(DocumentText text, Invoice invoice) {
		Field<String> currency = invoice.currency();
		return new Grounding(text, Dates.orderFor(currency == null ? null : currency.value()));
	}

	/** The lines the value was found on; empty when it was not found. */
	public List<Evidence> find(Object value) {
		if (value instanceof BigDecimal amount) {
			return amount(amount);
		}
		if (value instanceof LocalDate date) {
			return date(date);
		}
		if (value instanceof String string) {
			return Currencies.isIsoCode(string) && string.length() == 3 ? currency(string) : text(string);
		}
		return List.of();
	}

	private List<Evidence> amount(BigDecimal amount) {
		if (amounts == null) {
			amounts = perRow(row -> Amounts.find(row.text()));
		}
		// a credit note's amounts may be printed with or without their minus sign
		return first(amounts, found -> found.value().abs().compareTo(amount.abs()) == 0, FoundAmount::start,
				FoundAmount::end);
	}

	private List<Evidence> date(LocalDate date) {
		if (dates == null) {
			dates = perRow(row -> Dates.find(row.text(), dateOrder));
		}
		return first(dates, found -> found.value().equals(date), FoundDate::start, FoundDate::end);
	}

	private List<Evidence> currency(String code) {
		if (currencies == null) {
			currencies = perRow(row -> Currencies.find(row.text()));
		}
		return first(currencies, found -> found.code().equals(code), FoundCurrency::start, FoundCurrency::end);
	}

	private <T> List<T> perRow(Function<DocumentText.Row, T> read) {
		return text.rows().stream().map(read).toList();
	}

	/** The evidence of the first thing found, in reading order, that matches. */
	private <F> List<Evidence> first(List<List<F>> found, Predicate<F> matches, ToIntFunction<F> start,
			ToIntFunction<F> end) {
		for (int i = 0; i < found.size(); i++) {
			for (F candidate : found.get(i)) {
				if (matches.test(candidate)) {
					return text.rows().get(i).evidence(start.applyAsInt(candidate), end.applyAsInt(candidate));
				}
			}
		}
		return List.of();
	}

	private List<Evidence> text(String value) {
		if (texts == null) {
			texts = new TextGrounding(text);
		}
		return texts.find(value);
	}

	/** Lower case, no accents, letters and digits only: what survives OCR and formatting alike. */
	public static String comparable(String text) {
		return ComparableText.comparable(text);
	}

}
