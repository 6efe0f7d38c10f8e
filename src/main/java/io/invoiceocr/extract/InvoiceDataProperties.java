package io.invoiceocr.extract;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What a document must yield to count as an invoice. A white page, a photo of noise or a page of
 * prose gives a few stray values or none; reported as COMPLETED they would reach the main
 * application as an invoice without data. Such documents are FAILED with what was missing.
 *
 * @param requireTotal  an invoice asks for an amount: without a total (or amount due) it is not one
 * @param minKeyFields  how many of the key fields (vendor name, invoice number, invoice date, total)
 *                      must be found; 1 accepts anything with a total
 */
@Validated
@ConfigurationProperties("invoice-ocr.extract.invoice-data")
public record InvoiceDataProperties(@DefaultValue("true") boolean requireTotal,
		@Min(1) @Max(4) @DefaultValue("2") int minKeyFields) {

	public static InvoiceDataProperties defaults() {
		return new InvoiceDataProperties(true, 2);
	}

}
