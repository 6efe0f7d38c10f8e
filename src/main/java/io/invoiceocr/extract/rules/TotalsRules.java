package io.invoiceocr.extract.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.InvoiceBuilder;
import io.invoiceocr.extract.InvoiceField;
import io.invoiceocr.extract.TaxLine;
import io.invoiceocr.extract.normalize.Amounts;
import io.invoiceocr.extract.normalize.FoundAmount;
import io.invoiceocr.extract.normalize.FoundPercent;

/**
 * The amounts at the foot of an invoice: total, subtotal, tax (with its breakdown by rate) and the
 * amount due. An amount belongs to the label left of it in its row, or, when that row has none, to
 * the label above it. Of several totals the strongest label wins (grand total over total) and,
 * among equals, the lowest on the page: a receipt's last total is the one paid.
 */
final class TotalsRules {

	private static final double SAME_ROW = 0.85;

	private static final double ROW_BELOW = 0.7;

	/** A receipt without any total label: its largest amount (cash and change aside). */
	private static final double LARGEST_AMOUNT = 0.4;

	/** Rows a tax summary table spans under its heading. */
	private static final int SUMMARY_ROWS = 8;

	private final DocumentText text;

	private final Conventions conventions;

	private final Map<String, List<FoundAmount>> amountsByRow = new HashMap<>();

	TotalsRules(DocumentText text, Conventions conventions) {
		this.text = text;
		this.conventions = conventions;
	}

	void fill(InvoiceBuilder invoice) {
		Optional<Candidate<BigDecimal>> due = best(Keywords.AMOUNT_DUE, null);
		Optional<Candidate<BigDecimal>> total = best(Keywords.GRAND_TOTAL, Keywords.NOT_GRAND_TOTAL)
			.or(() -> best(Keywords.TOTAL, Keywords.NOT_TOTAL))
			// an invoice that states only what is due: that is its total, less surely
			.or(() -> due.map(found -> new Candidate<>(found.value(), found.text(), found.row(), found.start(), found.end(),
					found.confidence() * 0.7)))
			.or(this::largestAmount);
		BigDecimal ceiling = total.map(Candidate::value).orElse(null);
		total.ifPresent(found -> invoice.set(InvoiceField.TOTAL, found.toField()));
		best(Keywords.SUBTOTAL, null).filter(found -> ceiling == null || found.value().compareTo(ceiling) <= 0)
			.ifPresent(found -> invoice.set(InvoiceField.SUBTOTAL, found.toField()));
		due.ifPresent(found -> invoice.set(InvoiceField.AMOUNT_DUE, found.toField()));
		best(Keywords.TAX, Keywords.NOT_TAX).filter(found -> ceiling == null || found.value().compareTo(ceiling) < 0)
			.ifPresent(found -> invoice.set(InvoiceField.TAX_TOTAL, found.toField()));
		List<TaxLine> taxes = taxLines();
		if (!taxes.isEmpty()) {
			invoice.taxes(taxes);
		}
	}

	/**
	 * The best amount labelled by {@code label} and not by {@code unless}: the last (lowest) such
	 * row wins, its rightmost amount after the label.
	 */
	private Optional<Candidate<BigDecimal>> best(Pattern label, Pattern unless) {
		List<Candidate<BigDecimal>> found = new ArrayList<>();
		for (LabelledRow labelled : LabelledRow.findAll(text, label)) {
			if (unless != null && deniedBefore(unless, labelled) || inTaxSummary(labelled.row())) {
				continue;
			}
			amountRightOf(labelled).ifPresent(found::add);
		}
		// a total of nothing ("Discount total 0.00") is a total only when there is no other
		boolean someNonZero = found.stream().anyMatch(candidate -> candidate.value().signum() != 0);
		return found.stream()
			.filter(candidate -> !someNonZero || candidate.value().signum() != 0)
			.max(Comparator.comparingInt((Candidate<BigDecimal> c) -> c.row().number()));
	}

	/**
	 * Whether a denying label ("Total Sales (Excluding GST)", "Paid Amount") stands between the
	 * previous amount of the row and the end of this label: it then speaks of this amount.
	 */
	private boolean deniedBefore(Pattern unless, LabelledRow labelled) {
		String row = labelled.row().text();
		int from = amounts(row).stream()
			.filter(amount -> amount.end() <= labelled.labelStart())
			.mapToInt(FoundAmount::end)
			.max()
			.orElse(0);
		Matcher denial = unless.matcher(row).region(from, row.length());
		return denial.find() && denial.start() < labelled.labelEnd();
	}

	/** Whether the row stands in a tax summary table, below its heading on the same page. */
	private boolean inTaxSummary(DocumentText.Row row) {
		return text.rowsOfPage(row.page())
			.stream()
			.filter(heading -> heading.number() < row.number() && heading.number() >= row.number() - SUMMARY_ROWS)
			.anyMatch(heading -> Keywords.SUMMARY.matcher(heading.text()).find());
	}

	private Optional<Candidate<BigDecimal>> amountRightOf(LabelledRow labelled) {
		List<FoundAmount> amounts = amounts(labelled.row().text()).stream()
			.filter(amount -> amount.start() >= labelled.labelEnd())
			.toList();
		if (!amounts.isEmpty()) {
			FoundAmount last = amounts.get(amounts.size() - 1);
			return Optional.of(candidate(last, labelled.row(), SAME_ROW));
		}
		// The label stands alone: its amount is on the row below, as the only thing there.
		DocumentText.Row next = labelled.next();
		if (next != null && amounts(labelled.row().text()).isEmpty()) {
			List<FoundAmount> below = amounts(next.text());
			if (below.size() == 1 && onlyAmount(next.text(), below.get(0))) {
				return Optional.of(candidate(below.get(0), next, ROW_BELOW));
			}
		}
		return Optional.empty();
	}

	private static boolean onlyAmount(String row, FoundAmount amount) {
		String rest = (row.substring(0, amount.start()) + row.substring(amount.end())).replaceAll("[^\\p{L}\\p{N}]", "");
		return rest.length() <= 3;
	}

	/** Tax per rate: rows naming a tax and a percentage, with the tax (and its base) as amounts. */
	private List<TaxLine> taxLines() {
		List<TaxLine> lines = new ArrayList<>();
		for (LabelledRow labelled : LabelledRow.find(text, Keywords.TAX)) {
			String row = labelled.row().text();
			if (Keywords.NOT_TAX.matcher(row).find()) {
				continue;
			}
			List<FoundPercent> percents = Amounts.findPercents(row);
			List<FoundAmount> amounts = amounts(row).stream()
				.filter(amount -> percents.stream().noneMatch(p -> p.start() <= amount.start() && amount.end() <= p.end()))
				.toList();
			if (percents.size() != 1 || amounts.isEmpty() || amounts.size() > 3) {
				continue;
			}
			FoundPercent percent = percents.get(0);
			FoundAmount tax = amounts.get(amounts.size() - 1);
			Field<BigDecimal> rate = Field.of(percent.rate(), row.substring(percent.start(), percent.end()), SAME_ROW,
					FieldSource.RULES, labelled.row().evidence(percent.start(), percent.end()));
			Field<BigDecimal> base = null;
			if (amounts.size() >= 2) {
				FoundAmount first = amounts.get(amounts.size() - 2);
				if (first.value().compareTo(tax.value()) > 0) {
					base = candidate(first, labelled.row(), SAME_ROW).toField();
				}
			}
			TaxLine line = new TaxLine(rate, base, candidate(tax, labelled.row(), SAME_ROW).toField());
			boolean sameRate = lines.stream().anyMatch(other -> other.rate().value().compareTo(percent.rate()) == 0);
			if (!sameRate && tax.value().signum() > 0) {
				lines.add(line);
			}
		}
		return lines;
	}

	private Optional<Candidate<BigDecimal>> largestAmount() {
		Candidate<BigDecimal> largest = null;
		for (DocumentText.Row row : text.rows()) {
			if (Keywords.NOT_TOTAL.matcher(row.text()).find()) {
				continue;
			}
			for (FoundAmount amount : amounts(row.text())) {
				if (amount.value().scale() == 2 && (largest == null || amount.value().compareTo(largest.value()) > 0)) {
					largest = candidate(amount, row, LARGEST_AMOUNT);
				}
			}
		}
		return Optional.ofNullable(largest);
	}

	/** The amounts of a row, read once: every label, denial and fallback looks at the same rows again. */
	private List<FoundAmount> amounts(String row) {
		return amountsByRow.computeIfAbsent(row, text -> Amounts.find(text, conventions.decimalStyle()));
	}

	private static Candidate<BigDecimal> candidate(FoundAmount amount, DocumentText.Row row, double confidence) {
		return new Candidate<>(amount.value(), row.text().substring(amount.start(), amount.end()), row, amount.start(),
				amount.end(), confidence);
	}

}
