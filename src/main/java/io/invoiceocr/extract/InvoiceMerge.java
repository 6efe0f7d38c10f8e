package io.invoiceocr.extract;

import java.util.List;
import java.util.Set;

/**
 * Completes one extractor's invoice with another's: fields the first left empty (or that
 * validation refused) are taken from the second, which the fields' {@link Field#source()} then
 * says. Lists (tax lines, line items) are taken whole, when the first has none.
 */
public final class InvoiceMerge {

	private InvoiceMerge() {
	}

	/**
	 * @param primary  the invoice to complete
	 * @param refused  fields of the primary invoice to replace as well (they failed validation)
	 * @param fallback where the missing fields come from
	 * @param taken    receives the paths of the fields taken from the fallback
	 */
	public static Invoice fillGaps(Invoice primary, Set<InvoiceField> refused, Invoice fallback, List<String> taken) {
		InvoiceBuilder merged = InvoiceBuilder.from(primary);
		for (InvoiceField field : InvoiceField.values()) {
			Field<?> own = primary.get(field);
			Field<?> other = fallback.get(field);
			if (other != null && (own == null || refused.contains(field))) {
				merged.set(field, other);
				taken.add(field.path());
			}
		}
		if (primary.taxes().isEmpty() && !fallback.taxes().isEmpty()) {
			merged.taxes(fallback.taxes());
			taken.add("taxes");
		}
		if (primary.lineItems().isEmpty() && !fallback.lineItems().isEmpty()) {
			merged.lineItems(fallback.lineItems());
			taken.add("lineItems");
		}
		return merged.build();
	}

}
