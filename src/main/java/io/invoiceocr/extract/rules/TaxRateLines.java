package io.invoiceocr.extract.rules;

import static io.invoiceocr.extract.rules.RowAmounts.candidate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.TaxLine;
import io.invoiceocr.extract.normalize.Amounts;
import io.invoiceocr.extract.normalize.FoundAmount;
import io.invoiceocr.extract.normalize.FoundPercent;

/** The tax breakdown by rate: rows naming a tax and a percentage, with the tax (and its base). */
final class TaxRateLines {

	private static final double SAME_ROW = 0.85;

	private final DocumentText text;

	private final AmountCandidates candidates;

	TaxRateLines(DocumentText text, AmountCandidates candidates) {
		this.text = text;
		this.candidates = candidates;
	}

	/** Tax per rate: rows naming a tax and a percentage, with the tax (and its base) as amounts. */
	List<TaxLine> find() {
		List<TaxLine> lines = new ArrayList<>();
		for (LabelledRow labelled : LabelledRow.find(text, AmountLabels.TAX)) {
			String row = labelled.row().text();
			if (Keywords.NOT_TAX.matcher(row).find()) {
				continue;
			}
			// the rate and amounts after the label: text before it may quote rates of its own
			List<FoundPercent> percents = Amounts.findPercents(row)
				.stream()
				.filter(percent -> percent.start() >= labelled.labelStart())
				.toList();
			List<FoundAmount> amounts = amounts(labelled.row()).stream()
				.filter(amount -> amount.start() >= labelled.labelStart())
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

	private List<FoundAmount> amounts(DocumentText.Row row) {
		return candidates.money(row);
	}

}
