package io.invoiceocr.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.Invoice;

/**
 * The dataset layouts the extraction evaluation reads, and for each the fields its ground
 * truth has, with where the extracted invoice holds them and how they are compared.
 */
enum ExtractLayout {

	/** {@code images/<id>.jpg}, {@code key/<id>.json} (company, address, date, total as printed). */
	SROIE("images", "key", List.of(
			new TruthField("company", Compare.TEXT, invoice -> value(invoice.vendor().name())),
			new TruthField("address", Compare.TEXT, invoice -> value(invoice.vendor().address())),
			new TruthField("date", Compare.DATE, invoice -> value(invoice.invoiceDate())),
			new TruthField("total", Compare.AMOUNT, invoice -> value(invoice.total())))),

	/** {@code pdf/<name>.pdf}, {@code expected/<name>.json} (invoice2data's template output). */
	INVOICE2DATA("pdf", "expected", List.of(
			new TruthField("amount", Compare.AMOUNT, invoice -> value(invoice.total())),
			new TruthField("date", Compare.DATE, invoice -> value(invoice.invoiceDate())),
			new TruthField("invoice_number", Compare.TEXT, invoice -> value(invoice.invoiceNumber())),
			new TruthField("currency", Compare.CODE, invoice -> value(invoice.currency())),
			new TruthField("amount_untaxed", Compare.AMOUNT, invoice -> value(invoice.subtotal())),
			new TruthField("issuer", Compare.TEXT_PART, invoice -> value(invoice.vendor().name())))),

	/** {@code pdf/<name>.pdf}, {@code key/<name>.json} (fields of the embedded EN 16931 XML). */
	ZUGFERD("pdf", "key", List.of(
			new TruthField("invoice_number", Compare.TEXT, invoice -> value(invoice.invoiceNumber())),
			new TruthField("issue_date", Compare.DATE, invoice -> value(invoice.invoiceDate())),
			new TruthField("currency", Compare.CODE, invoice -> value(invoice.currency())),
			new TruthField("grand_total", Compare.AMOUNT, invoice -> value(invoice.total())),
			new TruthField("due_date", Compare.DATE, invoice -> value(invoice.dueDate())),
			new TruthField("tax_basis_total", Compare.AMOUNT, invoice -> value(invoice.subtotal())),
			new TruthField("tax_total", Compare.AMOUNT, invoice -> value(invoice.taxTotal())),
			new TruthField("due_payable", Compare.AMOUNT, invoice -> value(invoice.amountDue())),
			new TruthField("seller.name", Compare.TEXT_PART, invoice -> value(invoice.vendor().name())),
			new TruthField("seller.vat_id", Compare.TEXT, invoice -> value(invoice.vendor().taxId())),
			new TruthField("buyer.name", Compare.TEXT_PART, invoice -> value(invoice.customer().name())),
			new TruthField("line_item_count", Compare.COUNT, invoice -> invoice.lineItems().size()))),

	/**
	 * {@code pdf/<id>.pdf} (text layer), {@code key/<id>.json}: invoices with exact keys for both
	 * parties, dates, amounts and every line item.
	 */
	INVOICES("pdf", "key", invoiceFields()),

	/** The same invoices scanned: {@code scan/<id>.jpg}, {@code key/<id>.json}. */
	INVOICE_SCANS("scan", "key", invoiceFields());

	/** How a predicted value is held against the truth, after normalisation. */
	enum Compare {

		/** Same letters and digits, case, accents, spacing and punctuation aside. */
		TEXT,

		/** As TEXT, or one contains the other ("ACME" against "ACME GmbH"). */
		TEXT_PART,

		/** The same decimal amount ("RM 80.90" = 80.9). */
		AMOUNT,

		/** The same day (a printed date parsed day first, as the SROIE receipts print them). */
		DATE,

		/** The same code, case aside. */
		CODE,

		/** The same count. */
		COUNT,

		/**
		 * The line items, scored as a set: an item is right when its amount is equal and its
		 * description matches (TEXT_PART); precision, recall and F1 over all documents.
		 */
		ITEMS

	}

	/**
	 * A field of the ground truth.
	 *
	 * @param name      its name in the truth file (a dotted path for nested objects)
	 * @param compare   how it is compared
	 * @param predicted its value in the extracted invoice ({@link String}, {@link BigDecimal},
	 *                  {@link LocalDate} or {@link Integer}), or null
	 */
	record TruthField(String name, Compare compare, Function<Invoice, Object> predicted) {
	}

	private final String documents;

	private final String truth;

	private final List<TruthField> fields;

	ExtractLayout(String documents, String truth, List<TruthField> fields) {
		this.documents = documents;
		this.truth = truth;
		this.fields = fields;
	}

	String documentsFolder() {
		return documents;
	}

	String truthFolder() {
		return truth;
	}

	List<TruthField> fields() {
		return fields;
	}

	/** The fields of {@link #INVOICES} and {@link #INVOICE_SCANS}. */
	private static List<TruthField> invoiceFields() {
		return List.of(new TruthField("vendor.name", Compare.TEXT, invoice -> value(invoice.vendor().name())),
				new TruthField("vendor.address", Compare.TEXT, invoice -> value(invoice.vendor().address())),
				new TruthField("vendor.vat_id", Compare.TEXT, invoice -> value(invoice.vendor().taxId())),
				new TruthField("customer.name", Compare.TEXT, invoice -> value(invoice.customer().name())),
				new TruthField("customer.address", Compare.TEXT, invoice -> value(invoice.customer().address())),
				new TruthField("invoice_number", Compare.TEXT, invoice -> value(invoice.invoiceNumber())),
				new TruthField("issue_date", Compare.DATE, invoice -> value(invoice.invoiceDate())),
				new TruthField("due_date", Compare.DATE, invoice -> value(invoice.dueDate())),
				new TruthField("currency", Compare.CODE, invoice -> value(invoice.currency())),
				new TruthField("subtotal", Compare.AMOUNT, invoice -> value(invoice.subtotal())),
				new TruthField("tax_total", Compare.AMOUNT, invoice -> value(invoice.taxTotal())),
				new TruthField("total", Compare.AMOUNT, invoice -> value(invoice.total())),
				new TruthField("amount_due", Compare.AMOUNT, invoice -> value(invoice.amountDue())),
				new TruthField("line_items", Compare.ITEMS, Invoice::lineItems));
	}

	private static Object value(Field<?> field) {
		return field == null ? null : field.value();
	}

}
