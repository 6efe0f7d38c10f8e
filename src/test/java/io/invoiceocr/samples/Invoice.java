package io.invoiceocr.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** Everything printed on a sample that the extraction is expected to find. */
record Invoice(String fileName, Party vendor, Party customer, String number, LocalDate date,
		LocalDate dueDate, String reference, String currency, BigDecimal taxRatePercent, List<Line> lines) {

	BigDecimal subtotal() {
		return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
	}

	/** Tax is computed once on the subtotal, not per line, as these documents print it. */
	BigDecimal tax() {
		return subtotal().multiply(taxRatePercent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
	}

	BigDecimal total() {
		return subtotal().add(tax());
	}

}
