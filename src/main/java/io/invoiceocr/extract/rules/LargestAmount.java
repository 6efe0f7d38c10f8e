package io.invoiceocr.extract.rules;

import static io.invoiceocr.extract.rules.RowAmounts.candidate;

import java.math.BigDecimal;
import java.util.Optional;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.normalize.FoundAmount;

/** The total of a receipt that labels none: its largest amount in cents, cash and change aside. */
final class LargestAmount {

	/** A receipt without any total label: its largest amount (cash and change aside). */
	private static final double LARGEST_AMOUNT = 0.4;

	private final DocumentText text;

	private final AmountCandidates candidates;

	LargestAmount(DocumentText text, AmountCandidates candidates) {
		this.text = text;
		this.candidates = candidates;
	}

	Optional<Candidate<BigDecimal>> find() {
		Candidate<BigDecimal> largest = null;
		for (DocumentText.Row row : text.rows()) {
			if (Keywords.NOT_TOTAL.matcher(row.text()).find()) {
				continue;
			}
			for (FoundAmount amount : candidates.money(row)) {
				if (amount.value().scale() == 2 && (largest == null || amount.value().compareTo(largest.value()) > 0)) {
					largest = candidate(amount, row, LARGEST_AMOUNT);
				}
			}
		}
		return Optional.ofNullable(largest);
	}

}
