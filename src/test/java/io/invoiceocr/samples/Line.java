package io.invoiceocr.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One invoice line; the amount is rounded to cents the way the document prints it. */
record Line(String sku, String description, BigDecimal quantity, String unit, BigDecimal unitPrice) {

	static Line of(String sku, String description, String quantity, String unit, String unitPrice) {
		return new Line(sku, description, new BigDecimal(quantity), unit, new BigDecimal(unitPrice));
	}

	BigDecimal amount() {
		return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
	}

}
