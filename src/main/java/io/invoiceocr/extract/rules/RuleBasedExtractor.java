package io.invoiceocr.extract.rules;

import java.util.List;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.Extraction;
import io.invoiceocr.extract.ExtractionInput;
import io.invoiceocr.extract.ExtractionMetadata;
import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.Grounding;
import io.invoiceocr.extract.Invoice;
import io.invoiceocr.extract.InvoiceBuilder;
import io.invoiceocr.extract.InvoiceExtractor;
import io.invoiceocr.extract.InvoiceField;
import io.invoiceocr.extract.InvoiceValidator;

/**
 * Invoice data from keywords and layout, in English, German, French, Dutch, Spanish, Polish and
 * Malay: the extractor used when no language model is configured, and the fallback for fields a
 * model leaves out or gets wrong. It needs no model, no network and a few milliseconds a document.
 * Thread-safe.
 */
public final class RuleBasedExtractor implements InvoiceExtractor {

	private final InvoiceValidator validator = new InvoiceValidator();

	@Override
	public Extraction extract(ExtractionInput input) {
		long started = System.nanoTime();
		DocumentText text = DocumentText.of(input.ocr());
		Conventions conventions = Conventions.of(text);
		Invoice invoice = read(text, conventions);
		InvoiceValidator.Result validated = validator.validate(invoice, new Grounding(text, conventions.dateOrder()));
		return new Extraction(validated.invoice(), validated.validation(), new ExtractionMetadata(
				List.of(FieldSource.RULES.id()), null, 0, null, List.of(), (System.nanoTime() - started) / 1_000_000));
	}

	/** The invoice the rules read, before validation. */
	public Invoice read(DocumentText text) {
		return read(text, Conventions.of(text));
	}

	private static Invoice read(DocumentText text, Conventions conventions) {
		InvoiceBuilder invoice = new InvoiceBuilder();
		if (text.isEmpty()) {
			return invoice.build();
		}
		// the line items first: the totals are chosen to agree with their sum
		new LineItemRules(text, conventions).fill(invoice);
		new TotalsRules(text, conventions).fill(invoice);
		new DateRules(text, conventions).fill(invoice);
		new ReferenceRules(text, conventions).fill(invoice);
		PartyRules.PartyLines parties = new PartyRules(text).fill(invoice);
		new ContactRules(text).fill(invoice, parties);
		if (conventions.currency() != null) {
			DocumentText.Row row = conventions.currencyRow();
			invoice.set(InvoiceField.CURRENCY, Field.of(conventions.currency(), conventions.currency(), 0.7, FieldSource.RULES,
					row.evidence()));
		}
		return invoice.build();
	}

}
