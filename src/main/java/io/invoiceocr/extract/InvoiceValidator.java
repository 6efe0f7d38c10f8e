package io.invoiceocr.extract;

import static io.invoiceocr.extract.GroundingChecks.ground;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
		GroundingChecks.checkListsGrounded(result, checks);
		checkPresent(result.total(), "total", checks);
		checkPresent(result.invoiceDate(), "invoiceDate", checks);
		ArithmeticChecks.check(result, checks);
		checkDates(result, checks);
		checkCurrency(result, checks);
		return new Result(result, new Validation(checks));
	}

	private static void checkPresent(Field<?> value, String path, List<Check> checks) {
		checks.add(value != null ? Check.passed("present", path, "found")
				: Check.failed("present", path, path + " was not found"));
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

	static <T> T value(Field<T> field) {
		return field == null ? null : field.value();
	}

}
