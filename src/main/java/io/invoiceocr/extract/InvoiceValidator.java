package io.invoiceocr.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.invoiceocr.extract.normalize.Currencies;

/**
 * The checks shared by every extractor: each value is looked for in the document's text (a value
 * found nowhere keeps its place but loses half its confidence), the amounts must add up, and the
 * dates and the currency must make sense. Returns the invoice with its evidence filled in, and the
 * list of what was checked.
 */
public final class InvoiceValidator {

	/**
	 * Amounts may differ by this much and still agree: receipts round the total to 5 cents (Malaysia,
	 * Switzerland) and invoices round each line's tax.
	 */
	static final BigDecimal TOLERANCE = new BigDecimal("0.05");

	/** Confidence of a value found nowhere in the text, as a share of what its extractor gave it. */
	static final double UNGROUNDED_FACTOR = 0.5;

	/** What validation made of an invoice. */
	public record Result(Invoice invoice, Validation validation) {
	}

	/**
	 * Whether a computed amount agrees with the one printed, within {@link #TOLERANCE}: the test of
	 * every sum this validator checks, and the one extractors choose their amounts by.
	 */
	public static boolean agrees(BigDecimal computed, BigDecimal stated) {
		return computed.subtract(stated).abs().compareTo(TOLERANCE) <= 0;
	}

	/** The tax a base bears at a rate in percent, rounded to cents as invoices print it. */
	public static BigDecimal taxOf(BigDecimal base, BigDecimal rate) {
		return base.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
	}

	/** Whether an amount due is no more than the total, as the amount due check requires. */
	public static boolean withinTotal(BigDecimal due, BigDecimal total) {
		return due.abs().compareTo(total.abs().add(TOLERANCE)) <= 0;
	}

	public Result validate(Invoice invoice, Grounding grounding) {
		List<Check> checks = new ArrayList<>();
		InvoiceBuilder grounded = InvoiceBuilder.from(invoice);
		for (InvoiceField field : InvoiceField.values()) {
			Field<?> value = invoice.get(field);
			if (value != null) {
				grounded.set(field, ground(value, field.path(), grounding, checks));
			}
		}
		grounded.taxes(invoice.taxes().stream().map(tax -> new TaxLine(ground(tax.rate(), grounding),
				ground(tax.base(), grounding), ground(tax.amount(), grounding))).toList());
		grounded.lineItems(invoice.lineItems().stream().map(item -> new LineItem(ground(item.description(), grounding),
				ground(item.quantity(), grounding), item.unit(), ground(item.unitPrice(), grounding),
				ground(item.amount(), grounding), ground(item.taxRate(), grounding))).toList());
		Invoice result = grounded.build();
		checkListsGrounded(result, checks);
		checkPresent(result.total(), "total", checks);
		checkPresent(result.invoiceDate(), "invoiceDate", checks);
		checkArithmetic(result, checks);
		checkDates(result, checks);
		checkCurrency(result, checks);
		return new Result(result, new Validation(checks));
	}

	private static <T> Field<T> ground(Field<T> value, String path, Grounding grounding, List<Check> checks) {
		Field<T> grounded = ground(value, grounding);
		if (grounded.grounded()) {
			Evidence first = grounded.evidence().get(0);
			checks.add(Check.passed("grounded", path, "found on page " + first.page() + ", line " + (first.line() + 1)
					+ ": \"" + first.text() + "\""));
		}
		else {
			checks.add(Check.failed("grounded", path, "\"" + shown(value) + "\" is not in the document's text; confidence "
					+ "lowered to " + String.format(Locale.ROOT, "%.2f", grounded.confidence())));
		}
		return grounded;
	}

	private static <T> Field<T> ground(Field<T> value, Grounding grounding) {
		if (value == null) {
			return null;
		}
		List<Evidence> evidence = grounding.find(value.value());
		if (!evidence.isEmpty()) {
			// the extractor's evidence is the finer one (the name, not the whole row it shares with
			// the title) when it lies within what was found
			return value.withEvidence(within(value.evidence(), evidence) ? value.evidence() : evidence);
		}
		return value.withEvidence(List.of()).withConfidence(value.confidence() * UNGROUNDED_FACTOR);
	}

	private static boolean within(List<Evidence> lines, List<Evidence> found) {
		return !lines.isEmpty() && lines.stream()
			.allMatch(line -> found.stream().anyMatch(f -> f.page() == line.page() && f.line() == line.line()));
	}

	private static void checkListsGrounded(Invoice invoice, List<Check> checks) {
		if (!invoice.lineItems().isEmpty()) {
			long found = invoice.lineItems().stream().filter(item -> item.amount() != null && item.amount().grounded()).count();
			long amounts = invoice.lineItems().stream().filter(item -> item.amount() != null).count();
			checks.add(new Check("grounded", "lineItems", found == amounts,
					found + " of " + amounts + " line amounts found in the text"));
		}
		if (!invoice.taxes().isEmpty()) {
			long found = invoice.taxes().stream().filter(tax -> tax.amount() != null && tax.amount().grounded()).count();
			long amounts = invoice.taxes().stream().filter(tax -> tax.amount() != null).count();
			checks.add(new Check("grounded", "taxes", found == amounts, found + " of " + amounts + " tax amounts found in the text"));
		}
	}

	private static void checkPresent(Field<?> value, String path, List<Check> checks) {
		checks.add(value != null ? Check.passed("present", path, "found")
				: Check.failed("present", path, path + " was not found"));
	}

	private static void checkArithmetic(Invoice invoice, List<Check> checks) {
		BigDecimal subtotal = value(invoice.subtotal());
		BigDecimal tax = value(invoice.taxTotal());
		BigDecimal total = value(invoice.total());
		if (subtotal != null && tax != null && total != null) {
			compare("subtotal + taxTotal = total", "total", subtotal.add(tax), total,
					subtotal.toPlainString() + " + " + tax.toPlainString(), checks);
		}
		List<BigDecimal> lineAmounts = amounts(invoice.lineItems(), LineItem::amount);
		if (!lineAmounts.isEmpty() && lineAmounts.size() == invoice.lineItems().size()) {
			BigDecimal sum = lineAmounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			// without a subtotal, the lines add up to the total when no tax is added on top
			BigDecimal against = subtotal != null ? subtotal : (tax == null || tax.signum() == 0 ? total : null);
			if (against != null) {
				compare("sum of lineItems = " + (subtotal != null ? "subtotal" : "total"), "lineItems", sum, against,
						"the " + lineAmounts.size() + " line amounts add up to " + sum.toPlainString(), checks);
			}
		}
		List<BigDecimal> taxAmounts = amounts(invoice.taxes(), TaxLine::amount);
		if (tax != null && !taxAmounts.isEmpty() && taxAmounts.size() == invoice.taxes().size()) {
			BigDecimal sum = taxAmounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			compare("sum of taxes = taxTotal", "taxes", sum, tax, "the tax lines add up to " + sum.toPlainString(), checks);
		}
		for (TaxLine line : invoice.taxes()) {
			BigDecimal rate = value(line.rate());
			BigDecimal base = value(line.base());
			BigDecimal amount = value(line.amount());
			if (rate != null && base != null && amount != null) {
				BigDecimal expected = taxOf(base, rate);
				compare("base x rate = tax", "taxes", expected, amount,
						base.toPlainString() + " x " + rate.toPlainString() + " %", checks);
			}
		}
		BigDecimal due = value(invoice.amountDue());
		if (due != null && total != null && !withinTotal(due, total)) {
			checks.add(Check.failed("amountDue <= total", "amountDue",
					"the amount due " + due.toPlainString() + " is more than the total " + total.toPlainString()));
		}
	}

	private static void compare(String name, String field, BigDecimal computed, BigDecimal stated, String how,
			List<Check> checks) {
		boolean agrees = agrees(computed, stated);
		String detail = how + " = " + computed.toPlainString() + (agrees ? ", as stated" : ", but "
				+ stated.toPlainString() + " is stated");
		checks.add(new Check(name, field, agrees, detail));
	}

	private static void checkDates(Invoice invoice, List<Check> checks) {
		LocalDate issued = value(invoice.invoiceDate());
		LocalDate due = value(invoice.dueDate());
		if (issued != null && due != null) {
			checks.add(new Check("dueDate >= invoiceDate", "dueDate", !due.isBefore(issued),
					"issued " + issued + ", due " + due));
		}
	}

	private static void checkCurrency(Invoice invoice, List<Check> checks) {
		String code = value(invoice.currency());
		if (code != null) {
			checks.add(new Check("ISO 4217", "currency", Currencies.isIsoCode(code),
					Currencies.isIsoCode(code) ? code : code + " is not an ISO 4217 currency code"));
		}
	}

	private static <T, V> List<V> amounts(List<T> items, Function<T, Field<V>> field) {
		return items.stream().map(field).filter(value -> value != null).map(Field::value).collect(Collectors.toList());
	}

	private static <T> T value(Field<T> field) {
		return field == null ? null : field.value();
	}

	private static String shown(Field<?> value) {
		return value.text() != null && !value.text().isBlank() ? value.text() : String.valueOf(value.value());
	}

}
