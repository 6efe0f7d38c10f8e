package io.invoiceocr.bench;

import io.invoiceocr.extract.InvoiceExtractor;
import io.invoiceocr.extract.einvoice.EmbeddedInvoiceFirstExtractor;
import io.invoiceocr.extract.einvoice.EmbeddedInvoiceReader;
import io.invoiceocr.extract.rules.RuleBasedExtractor;

/** The extractors an evaluation run uses, from its options. */
record ExtractorChoice(String description, InvoiceExtractor fromText, InvoiceExtractor withEmbeddedXml) {

	static ExtractorChoice of(ExtractEvalOptions options) {
		RuleBasedExtractor rules = new RuleBasedExtractor();
		InvoiceExtractor fromText = rules;
		String description = "rule-based extractor";
		return new ExtractorChoice(description, fromText,
				new EmbeddedInvoiceFirstExtractor(new EmbeddedInvoiceReader(), rules, fromText));
	}

}
