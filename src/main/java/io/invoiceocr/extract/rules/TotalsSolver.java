package io.invoiceocr.extract.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.InvoiceValidator;

/**
 * Chooses the subtotal, tax, total, paid and due amounts among their candidates as the set that
 * adds up best: subtotal + tax = total, total - paid = due, subtotal x rate = tax, and the line
 * items' sum = subtotal, tested as {@link InvoiceValidator} tests them. A sum that holds outweighs
 * a stronger label; a sum that fails counts against its members. Where no sum decides, the
 * strongest label wins and, among equals, the lowest on the page, as a receipt's last total is
 * the one paid.
 */
final class TotalsSolver {

	/** An amount that may fill a role. */
	record Option(BigDecimal value, Field<BigDecimal> field, double confidence, int row, BigDecimal rate) {
	}

	/** What was chosen: each role's option, or null. */
	record Choice(Option subtotal, Option tax, Option total, Option paid, Option due) {
	}

	private static final double HOLDS = 1.5;

	private static final double FAILS = -1.0;

	private static final double DUE_IS_TOTAL = 0.5;

	private static final double MORE_THAN_TOTAL = -0.5;

	private static final double RATE_HOLDS = 0.5;

	private static final double LINES_ADD_UP = 0.5;

	/** Options looked at per role: the strongest, which keeps the search small. */
	private static final int MAX_OPTIONS = 8;

	/** Worth of standing one row lower: enough to decide between equals, never more. */
	private static final double LOWER_ROW = 1e-4;

	private final BigDecimal lineSum;

	/** @param lineSum the sum of the line items' amounts, or null when there are none */
	TotalsSolver(BigDecimal lineSum) {
		this.lineSum = lineSum;
	}

	Choice choose(List<Option> subtotals, List<Option> taxes, List<Option> totals, List<Option> paid, List<Option> dues) {
		List<Option> s = strongest(subtotals);
		List<Option> x = strongest(taxes);
		List<Option> t = strongest(totals);
		List<Option> p = strongest(paid);
		List<Option> d = strongest(dues);
		Choice best = new Choice(null, null, null, null, null);
		double bestScore = 0;
		for (Option total : t) {
			for (Option subtotal : s) {
				for (Option tax : x) {
					if (!fits(subtotal, tax, total)) {
						continue;
					}
					double sums = worth(total) + worth(subtotal) + worth(tax) + sale(subtotal, tax, total);
					for (Option paidOption : p) {
						for (Option due : d) {
							if (!settles(paidOption, due, total)) {
								continue;
							}
							double score = sums + worth(paidOption) + worth(due) + payment(paidOption, due, total);
							if (score > bestScore) {
								bestScore = score;
								best = new Choice(subtotal, tax, total, paidOption, due);
							}
						}
					}
				}
			}
		}
		return best;
	}

	/** How the sale adds up: subtotal + tax = total, base x rate = tax, lines = subtotal. */
	private double sale(Option subtotal, Option tax, Option total) {
		double score = 0;
		if (subtotal != null && tax != null && total != null) {
			score += InvoiceValidator.agrees(subtotal.value().add(tax.value()), total.value()) ? HOLDS : FAILS;
		}
		if (subtotal != null && tax != null && tax.rate() != null && tax.value().signum() != 0
				&& InvoiceValidator.agrees(InvoiceValidator.taxOf(subtotal.value(), tax.rate()), tax.value())) {
			score += RATE_HOLDS;
		}
		if (lineSum != null && subtotal != null && InvoiceValidator.agrees(lineSum, subtotal.value())) {
			score += LINES_ADD_UP;
		}
		return score;
	}

	/** How the payment adds up: total - paid = due, or all of the total due when nothing was paid. */
	private static double payment(Option paid, Option due, Option total) {
		if (total == null || due == null) {
			return 0;
		}
		if (!InvoiceValidator.withinTotal(due.value(), total.value())) {
			// more due than the total: arrears of an earlier invoice, or a misread; the validator tells
			return MORE_THAN_TOTAL;
		}
		if (paid != null) {
			return InvoiceValidator.agrees(total.value().subtract(paid.value()), due.value()) ? HOLDS : FAILS;
		}
		return InvoiceValidator.agrees(total.value(), due.value()) ? DUE_IS_TOTAL : 0;
	}

	/** A part is no more than the whole. */
	private static boolean fits(Option subtotal, Option tax, Option total) {
		if (total == null) {
			return true;
		}
		boolean subtotalFits = subtotal == null || InvoiceValidator.withinTotal(subtotal.value(), total.value());
		boolean taxFits = tax == null || tax.value().abs().compareTo(total.value().abs()) < 0 || tax.value().signum() == 0;
		return subtotalFits && taxFits;
	}

	private static boolean settles(Option paid, Option due, Option total) {
		if (total == null) {
			return true;
		}
		return paid == null || InvoiceValidator.withinTotal(paid.value(), total.value());
	}

	private static double worth(Option option) {
		return option == null ? 0 : option.confidence() + option.row() * LOWER_ROW;
	}

	/** The strongest options of a role, and the choice of none. */
	private static List<Option> strongest(List<Option> options) {
		List<Option> kept = new ArrayList<>(options.stream()
			.sorted(Comparator.comparingDouble(TotalsSolver::worth).reversed())
			.limit(MAX_OPTIONS)
			.toList());
		kept.add(null);
		return kept;
	}

}
