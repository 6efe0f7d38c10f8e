package io.invoiceocr.extract;

import java.math.BigDecimal;

/**
 * One line of the tax breakdown: a rate, the amount it applies to, and the tax.
 *
 * @param rate   percent (19 for 19 %)
 * @param base   taxable amount at this rate
 * @param amount tax at this rate
 */
public record TaxLine(Field<BigDecimal> rate, Field<BigDecimal> base, Field<BigDecimal> amount) {
}
