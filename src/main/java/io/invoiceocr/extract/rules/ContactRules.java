package io.invoiceocr.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.InvoiceBuilder;
import io.invoiceocr.extract.InvoiceField;
import io.invoiceocr.extract.normalize.Found;
import io.invoiceocr.extract.normalize.Identifiers;

/**
 * Tax ids, phone, e-mail and IBAN, recognised by their formats and labels; a tax id in the
 * customer's block or after a customer's label is the customer's.
 */
final class ContactRules {

	private final DocumentText text;

	ContactRules(DocumentText text) {
		this.text = text;
	}

	/**
	 * @param customerRows rows the customer's block took
	 */
	void fill(InvoiceBuilder invoice, Set<DocumentText.Row> customerRows) {
		taxIds(invoice, customerRows);
		contact(invoice, customerRows);
	}

	private void taxIds(InvoiceBuilder invoice, Set<DocumentText.Row> customerRows) {
		for (DocumentText.Row row : text.rows()) {
			List<Found> ids = new ArrayList<>(Identifiers.vatIds(row.text()));
			Matcher label = Keywords.TAX_ID_LABEL.matcher(row.text());
			if (ids.isEmpty() && label.find()) {
				labelledTaxId(row, label.end()).ifPresent(ids::add);
			}
			for (Found id : ids) {
				String before = row.text().substring(Math.max(0, id.start() - 30), id.start());
				boolean forCustomer = customerRows.contains(row) || Keywords.CUSTOMER_TAX_ID_LABEL.matcher(before).find();
				InvoiceField field = forCustomer ? InvoiceField.CUSTOMER_TAX_ID : InvoiceField.VENDOR_TAX_ID;
				if (invoice.get(field) == null && !sameAsOther(invoice, field, id.value())) {
					invoice.set(field, Field.of(id.value(), row.text().substring(id.start(), id.end()), 0.8, FieldSource.RULES,
							row.evidence(id.start(), id.end())));
				}
			}
		}
	}

	private static boolean sameAsOther(InvoiceBuilder invoice, InvoiceField field, String id) {
		InvoiceField other = field == InvoiceField.VENDOR_TAX_ID ? InvoiceField.CUSTOMER_TAX_ID : InvoiceField.VENDOR_TAX_ID;
		return invoice.get(other) != null && id.equals(invoice.get(other).value());
	}

	/** A tax number in a national format after its label ("GST ID: 000750673920", "St.-Nr. 123/456/78901"). */
	private static Optional<Found> labelledTaxId(DocumentText.Row row, int from) {
		Matcher token = Pattern.compile("[\\s:.#-]*([A-Z]{0,3}[\\d][\\d\\s/.-]{5,}\\d)").matcher(row.text());
		if (token.find(from) && token.start() == from) {
			return Identifiers.normaliseTaxId(token.group(1))
				.map(value -> new Found(value, token.start(1), token.end(1)));
		}
		return Optional.empty();
	}

	private void contact(InvoiceBuilder invoice, Set<DocumentText.Row> customerRows) {
		for (DocumentText.Row row : text.rows()) {
			if (customerRows.contains(row)) {
				continue;
			}
			if (invoice.get(InvoiceField.VENDOR_EMAIL) == null) {
				first(Identifiers.emails(row.text()), row).ifPresent(found -> invoice.set(InvoiceField.VENDOR_EMAIL, found));
			}
			if (invoice.get(InvoiceField.VENDOR_IBAN) == null) {
				first(Identifiers.ibans(row.text()), row).ifPresent(found -> invoice.set(InvoiceField.VENDOR_IBAN, found));
			}
			Matcher phoneLabel = Keywords.PHONE_LABEL.matcher(row.text());
			if (invoice.get(InvoiceField.VENDOR_PHONE) == null && phoneLabel.find()) {
				Identifiers.phones(row.text())
					.stream()
					.filter(phone -> phone.start() >= phoneLabel.start())
					.findFirst()
					.ifPresent(phone -> invoice.set(InvoiceField.VENDOR_PHONE, Field.of(phone.value(),
							row.text().substring(phone.start(), phone.end()), 0.75, FieldSource.RULES,
							row.evidence(phone.start(), phone.end()))));
			}
		}
	}

	private static Optional<Field<String>> first(List<Found> found, DocumentText.Row row) {
		return found.stream()
			.findFirst()
			.map(id -> Field.of(id.value(), row.text().substring(id.start(), id.end()), 0.8, FieldSource.RULES,
					row.evidence(id.start(), id.end())));
	}

}
