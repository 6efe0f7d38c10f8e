package io.invoiceocr.extract;

import java.math.BigDecimal;

/**
 * One invoiced line. Any field may be null.
 *
 * @param description what was sold
 * @param quantity    how many
 * @param unit        unit of the quantity as printed (pcs, h, kg) or its UN/ECE code from e-invoices
 * @param unitPrice   price of one unit
 * @param amount      the line's amount
 * @param taxRate     percent of tax on the line
 */
public record LineItem(Field<String> description, Field<BigDecimal> quantity, Field<String> unit,
		Field<BigDecimal> unitPrice, Field<BigDecimal> amount, Field<BigDecimal> taxRate) {
}
