package io.invoiceocr.console.document;

import java.util.List;

/**
 * One extracted field as the document view shows it.
 *
 * @param path       where it stands in the invoice ({@code total}, {@code vendor.name}, {@code lineItems[0].amount})
 * @param value      the normalised value
 * @param printed    the value as printed
 * @param confidence 0..1
 * @param source     the extractor that gave it
 * @param evidence   where it was read: page and box, one per line
 * @param checks     the validation checks about this field
 */
public record FieldView(String path, String value, String printed, double confidence, String source,
		List<EvidenceBox> evidence, List<CheckView> checks) {

	/** A box on a page where a field was read. */
	public record EvidenceBox(int page, String points, String line) {
	}

	/** One validation check. */
	public record CheckView(String name, String field, boolean passed, String detail) {
	}

	public String confidencePercent() {
		return Math.round(confidence * 100) + "%";
	}

	public boolean grounded() {
		return !evidence.isEmpty();
	}

}
