package io.invoiceocr.extract.rules;

import java.math.BigDecimal;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.normalize.FoundAmount;

/** An amount found in a row as a candidate, with the text printed for it. */
final class RowAmounts {

	private RowAmounts() {
	}

	static Candidate<BigDecimal> candidate(FoundAmount amount, DocumentText.Row row, double confidence) {
		return new Candidate<>(amount.value(), row.text().substring(amount.start(), amount.end()), row, amount.start(),
				amount.end(), confidence);
	}

}
