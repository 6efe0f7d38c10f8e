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
import io.invoiceocr.ocr.TextLine;

/**
 * Tax ids, phone, e-mail and IBAN, recognised by their formats and labels; a tax id in the
 * customer's block or after a customer's label is the customer's, one in the vendor's block the
 * vendor's before any other, and contact details in the customer's block are never the vendor's.
 */
final class ContactRules {

	private final DocumentText text;

	ContactRules(DocumentText text) {
		this.text = text;
	}

	/**
	 * @param parties the lines the parties' blocks took
	 */
	void fill(InvoiceBuilder invoice, PartyRules.PartyLines parties) {
		// the ids in the parties' own blocks first, so that the customer's id printed first on the
		// page is not taken for the vendor's
		taxIds(invoice, parties, true);
		taxIds(invoice, parties, false);
		contact(invoice, parties.customer());
	}

	private void taxIds(InvoiceBuilder invoice, PartyRules.PartyLines parties, boolean inBlocks) {
		for (DocumentText.Row row : text.rows()) {
			List<Found> ids = new ArrayList<>(Identifiers.vatIds(row.text()));
			Matcher label = Keywords.TAX_ID_LABEL.matcher(row.text());
			if (ids.isEmpty() && label.find()) {
				labelledTaxId(row, label.end()).ifPresent(ids::add);
			}
			for (Found id : ids) {
				TextLine line = row.lineAt(id.start());
				boolean inCustomer = parties.customer().contains(line);
				if (inBlocks != (inCustomer || parties.vendor().contains(line))) {
					continue;
				}
				String before = row.text().substring(Math.max(0, id.start() - 30), id.start());
				boolean forCustomer = inCustomer || Keywords.CUSTOMER_TAX_ID_LABEL.matcher(before).find();
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

	private void contact(InvoiceBuilder invoice, Set<TextLine> customerLines) {
		for (DocumentText.Row row : text.rows()) {
			if (customerLines.containsAll(row.lines())) {
				continue;
			}
			if (invoice.get(InvoiceField.VENDOR_EMAIL) == null) {
				first(outside(Identifiers.emails(row.text()), row, customerLines), row).ifPresent(found -> invoice.set(InvoiceField.VENDOR_EMAIL, found));
			}
			if (invoice.get(InvoiceField.VENDOR_IBAN) == null) {
				first(Identifiers.ibans(row.text()), row).ifPresent(found -> invoice.set(InvoiceField.VENDOR_IBAN, found));
			}
			Matcher phoneLabel = Keywords.PHONE_LABEL.matcher(row.text());
			if (invoice.get(InvoiceField.VENDOR_PHONE) == null && phoneLabel.find()) {
				Identifiers.phones(row.text())
					.stream()
					.filter(phone -> phone.start() >= phoneLabel.start() && !customerLines.contains(row.lineAt(phone.start())))
					.findFirst()
					.ifPresent(phone -> invoice.set(InvoiceField.VENDOR_PHONE, Field.of(phone.value(),
							row.text().substring(phone.start(), phone.end()), 0.75, FieldSource.RULES,
							row.evidence(phone.start(), phone.end()))));
			}
		}
	}

	private static List<Found> outside(List<Found> found, DocumentText.Row row, Set<TextLine> lines) {
		return found.stream().filter(id -> !lines.contains(row.lineAt(id.start()))).toList();
	}

	private static Optional<Field<String>> first(List<Found> found, DocumentText.Row row) {
		return found.stream()
			.findFirst()
			.map(id -> Field.of(id.value(), row.text().substring(id.start(), id.end()), 0.8, FieldSource.RULES,
					row.evidence(id.start(), id.end())));
	}

}
