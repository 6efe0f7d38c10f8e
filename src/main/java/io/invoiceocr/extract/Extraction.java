package io.invoiceocr.extract;

/**
 * The result of extracting an invoice: the data, its validation, and how it was made.
 */
public record Extraction(Invoice invoice, Validation validation, ExtractionMetadata metadata) {
}
