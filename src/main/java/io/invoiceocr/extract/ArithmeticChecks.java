package io.invoiceocr.extract;

import static io.invoiceocr.extract.InvoiceValidator.agrees;
import static io.invoiceocr.extract.InvoiceValidator.taxOf;
import static io.invoiceocr.extract.InvoiceValidator.value;
import static io.invoiceocr.extract.InvoiceValidator.withinTotal;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether the amounts add up: subtotal and tax to the total, the lines to the subtotal, the tax
 * lines to the tax total, each base at its rate to its tax, and no more due than the total.
 */
final class ArithmeticChecks {

	private ArithmeticChecks() {
	}

	static void check(Invoice invoice, List<Check> checks) {
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

	private static <T, V> List<V> amounts(List<T> items, Function<T, Field<V>> field) {
		return items.stream().map(field).filter(value -> value != null).map(Field::value).collect(Collectors.toList());
	}

}
