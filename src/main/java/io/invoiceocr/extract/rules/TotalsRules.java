package io.invoiceocr.extract.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.regex.Pattern;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.Evidence;
import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.InvoiceBuilder;
import io.invoiceocr.extract.InvoiceField;
import io.invoiceocr.extract.LineItem;
import io.invoiceocr.extract.TaxLine;
import io.invoiceocr.extract.normalize.Amounts;
import io.invoiceocr.extract.normalize.FoundPercent;

/**
 * The amounts at the foot of an invoice: total, subtotal, tax (with its breakdown by rate), what
 * was paid and the amount due. Each label's amounts are candidates ({@link AmountCandidates});
 * {@link TotalsSolver} chooses among them the set that adds up. A tax no label names is nothing
 * where the total is the subtotal, and an amount due none names is the total less what was paid.
 */
final class TotalsRules {

	private static final double GRAND_TOTAL = 0.95;

	private static final double TOTAL = 0.85;

	private static final double SUBTOTAL = 0.85;

	private static final double TAX = 0.8;

	private static final double PAID = 0.8;

	private static final double DUE = 0.85;

	/** An amount no label names but the others imply: no tax where the total is the subtotal. */
	private static final double IMPLIED = 0.6;

	private final DocumentText text;

	private final Conventions conventions;

	private final AmountCandidates candidates;

	TotalsRules(DocumentText text, Conventions conventions) {
		this.text = text;
		this.conventions = conventions;
		this.candidates = new AmountCandidates(text, conventions);
	}

	void fill(InvoiceBuilder invoice) {
		List<TaxLine> taxes = new TaxRateLines(text, candidates).find();
		List<TotalsSolver.Option> totals = new ArrayList<>(options(Keywords.GRAND_TOTAL, Keywords.NOT_GRAND_TOTAL, GRAND_TOTAL));
		totals.addAll(options(AmountLabels.TOTAL, Keywords.NOT_TOTAL, TOTAL));
		// a total of nothing ("Discount total 0.00") is no invoice's total,
		// and a receipt whose only total reads nothing has its largest amount as the total
		totals.removeIf(option -> option.value().signum() == 0);
		List<TotalsSolver.Option> taxOptions = new ArrayList<>(options(AmountLabels.TAX, Keywords.NOT_TAX, TAX));
		sumOf(taxOptions).ifPresent(taxOptions::add);
		TotalsSolver.Choice choice = new TotalsSolver(lineSum(invoice)).choose(options(AmountLabels.SUBTOTAL, null, SUBTOTAL),
				taxOptions, totals, options(AmountLabels.PAID, AmountLabels.NOT_PAID, PAID), options(AmountLabels.DUE, null, DUE));
		Optional<Field<BigDecimal>> total = Optional.ofNullable(choice.total())
			.map(TotalsSolver.Option::field)
			// an invoice that states only what is due: that is its total, less surely
			.or(() -> Optional.ofNullable(choice.due()).map(due -> due.field().withConfidence(due.confidence() * 0.7)))
			.or(() -> new LargestAmount(text, candidates).find().map(Candidate::toField));
		total.ifPresent(found -> invoice.set(InvoiceField.TOTAL, found));
		set(invoice, InvoiceField.SUBTOTAL, choice.subtotal());
		set(invoice, InvoiceField.TAX_TOTAL, choice.tax());
		set(invoice, InvoiceField.AMOUNT_DUE, choice.due());
		if (choice.tax() == null && choice.subtotal() != null && choice.total() != null
				&& choice.subtotal().value().compareTo(choice.total().value()) == 0) {
			invoice.set(InvoiceField.TAX_TOTAL, Field.of(BigDecimal.ZERO.setScale(choice.total().value().scale()), "",
					IMPLIED, FieldSource.RULES, choice.total().field().evidence()));
		}
		if (choice.due() == null && choice.paid() != null && choice.total() != null) {
			invoice.set(InvoiceField.AMOUNT_DUE, Field.of(choice.total().value().subtract(choice.paid().value()), "", IMPLIED,
					FieldSource.RULES, choice.paid().field().evidence()));
		}
		if (!taxes.isEmpty()) {
			invoice.taxes(taxes);
		}
	}

	private static void set(InvoiceBuilder invoice, InvoiceField field, TotalsSolver.Option option) {
		if (option != null) {
			invoice.set(field, option.field());
		}
	}

	/** The amounts labelled {@code label} and not {@code unless}, as options of one role. */
	private List<TotalsSolver.Option> options(Pattern label, Pattern unless, double confidence) {
		return candidates.labelled(label, unless, confidence).stream().map(TotalsRules::option).toList();
	}

	/** An amount as an option, with the rate printed after its label (a tax's). */
	private static TotalsSolver.Option option(AmountCandidates.Named named) {
		Candidate<BigDecimal> candidate = named.amount();
		List<FoundPercent> percents = Amounts.findPercents(named.labelRow().text())
			.stream()
			.filter(percent -> percent.start() >= named.labelStart())
			.toList();
		BigDecimal rate = percents.isEmpty() ? null : percents.get(0).rate();
		return new TotalsSolver.Option(candidate.value(), candidate.toField(), candidate.confidence(), candidate.row().number(),
				rate);
	}

	/** The tax of several rates as one: the sum of the strongest amount of each rate. */
	private static Optional<TotalsSolver.Option> sumOf(List<TotalsSolver.Option> taxes) {
		Map<BigDecimal, TotalsSolver.Option> byRate = new TreeMap<>();
		for (TotalsSolver.Option tax : taxes) {
			if (tax.rate() != null && tax.value().signum() != 0) {
				byRate.merge(tax.rate().stripTrailingZeros(), tax, (a, b) -> a.confidence() >= b.confidence() ? a : b);
			}
		}
		if (byRate.size() < 2) {
			return Optional.empty();
		}
		List<TotalsSolver.Option> parts = List.copyOf(byRate.values());
		BigDecimal sum = parts.stream().map(TotalsSolver.Option::value).reduce(BigDecimal.ZERO, BigDecimal::add);
		List<Evidence> evidence = parts.stream().flatMap(tax -> tax.field().evidence().stream()).toList();
		String printed = String.join(" + ", parts.stream().map(tax -> tax.field().text()).toList());
		double confidence = parts.stream().mapToDouble(TotalsSolver.Option::confidence).min().orElse(TAX);
		int row = parts.stream().mapToInt(TotalsSolver.Option::row).max().orElse(0);
		return Optional.of(new TotalsSolver.Option(sum, Field.of(sum, printed, confidence, FieldSource.RULES, evidence),
				confidence, row, null));
	}

	/** The sum of the line items' amounts, when every item has one. */
	private static BigDecimal lineSum(InvoiceBuilder invoice) {
		List<LineItem> items = invoice.build().lineItems();
		if (items.isEmpty() || items.stream().anyMatch(item -> item.amount() == null)) {
			return null;
		}
		return items.stream().map(item -> item.amount().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
