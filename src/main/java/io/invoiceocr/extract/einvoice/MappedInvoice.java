package io.invoiceocr.extract.einvoice;

import io.invoiceocr.extract.Invoice;

/**
 * What a mapper reads from an invoice XML.
 *
 * @param invoice   the invoice data
 * @param guideline the specification identifier the XML declares, or null
 */
record MappedInvoice(Invoice invoice, String guideline) {
}
