package io.invoiceocr.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells an invoice from a document that only gave stray values, by the key fields an invoice always
 * carries, whichever extractor read it (rules, language model or e-invoice XML).
 */
public final class InvoiceDataThreshold {

	private static final String SETTINGS = "invoice-ocr.extract.invoice-data.*";

	private final InvoiceDataProperties properties;

	public InvoiceDataThreshold(InvoiceDataProperties properties) {
		this.properties = properties;
	}

	/**
	 * Passes an invoice that has enough of its key fields.
	 * @throws ExtractionException naming the key fields that were not found and the rule
	 */
	public void check(Invoice invoice) throws ExtractionException {
		boolean total = invoice.total() != null || invoice.amountDue() != null;
		List<String> missing = new ArrayList<>();
		if (!total) {
			missing.add("no total");
		}
		if (invoice.invoiceDate() == null) {
			missing.add("no invoice date");
		}
		if (invoice.invoiceNumber() == null) {
			missing.add("no invoice number");
		}
		if (invoice.vendor().name() == null) {
			missing.add("no vendor name");
		}
		int found = 4 - missing.size();
		if ((properties.requireTotal() && !total) || found < properties.minKeyFields()) {
			throw new ExtractionException(String.join(", ", missing) + " found (a document counts as an invoice with "
					+ (properties.requireTotal() ? "a total and " : "") + "at least " + properties.minKeyFields()
					+ " of vendor name, invoice number, invoice date and total; " + SETTINGS + " sets this)");
		}
	}

}
