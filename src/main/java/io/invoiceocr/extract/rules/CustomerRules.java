package io.invoiceocr.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.Evidence;
import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.InvoiceBuilder;
import io.invoiceocr.extract.InvoiceField;

/** The customer's name and address, on the rows after a "bill to" label of the first page. */
final class CustomerRules {

	/** Rows under a customer label that belong to the customer. */
	private static final int CUSTOMER_ROWS = 4;

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private final DocumentText text;

	CustomerRules(DocumentText text) {
		this.text = text;
	}

	/** Fills the customer's name and address after its label; returns the rows they took. */
	Set<DocumentText.Row> fill(InvoiceBuilder invoice) {
		for (LabelledRow labelled : LabelledRow.find(text, Keywords.CUSTOMER)) {
			if (labelled.row().page() != 1) {
				break;
			}
			List<DocumentText.Row> page = text.rowsOfPage(1);
			int index = page.indexOf(labelled.row());
			List<DocumentText.Row> block = page.subList(index, Math.min(page.size(), index + 1 + CUSTOMER_ROWS));
			String rest = labelled.rest().replaceFirst("^[\\s:.-]+", "").strip();
			List<String> lines = new ArrayList<>();
			List<DocumentText.Row> used = new ArrayList<>();
			if (LETTER.matcher(rest).results().count() >= 3) {
				lines.add(rest);
				used.add(labelled.row());
			}
			for (DocumentText.Row row : block.subList(1, block.size())) {
				if (Keywords.NOT_ADDRESS.matcher(row.text()).find() || !LETTER.matcher(row.text()).find()) {
					break;
				}
				lines.add(row.text().strip());
				used.add(row);
			}
			if (lines.isEmpty()) {
				continue;
			}
			DocumentText.Row nameRow = used.get(0);
			invoice.set(InvoiceField.CUSTOMER_NAME, Field.of(lines.get(0), lines.get(0), 0.6, FieldSource.RULES, nameRow.evidence()));
			if (lines.size() > 1) {
				String address = String.join(", ", lines.subList(1, lines.size()));
				List<Evidence> evidence = used.subList(1, used.size()).stream().flatMap(row -> row.evidence().stream()).toList();
				invoice.set(InvoiceField.CUSTOMER_ADDRESS, Field.of(address, address, 0.55, FieldSource.RULES, evidence));
			}
			return Set.copyOf(block);
		}
		return Set.of();
	}

}
