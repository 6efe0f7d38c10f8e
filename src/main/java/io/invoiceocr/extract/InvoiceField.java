package io.invoiceocr.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The single-valued fields of an {@link Invoice} by their JSON path, so that validation, merging and
 * evaluation can go over them one by one. Tax lines and line items are lists and not listed here.
 */
public enum InvoiceField {

	VENDOR_NAME("vendor.name", String.class, invoice -> invoice.vendor().name()),
	VENDOR_ADDRESS("vendor.address", String.class, invoice -> invoice.vendor().address()),
	VENDOR_TAX_ID("vendor.taxId", String.class, invoice -> invoice.vendor().taxId()),
	VENDOR_PHONE("vendor.phone", String.class, invoice -> invoice.vendor().phone()),
	VENDOR_EMAIL("vendor.email", String.class, invoice -> invoice.vendor().email()),
	VENDOR_IBAN("vendor.iban", String.class, invoice -> invoice.vendor().iban()),
	CUSTOMER_NAME("customer.name", String.class, invoice -> invoice.customer().name()),
	CUSTOMER_ADDRESS("customer.address", String.class, invoice -> invoice.customer().address()),
	CUSTOMER_TAX_ID("customer.taxId", String.class, invoice -> invoice.customer().taxId()),
	INVOICE_NUMBER("invoiceNumber", String.class, Invoice::invoiceNumber),
	INVOICE_DATE("invoiceDate", LocalDate.class, Invoice::invoiceDate),
	DUE_DATE("dueDate", LocalDate.class, Invoice::dueDate),
	PURCHASE_ORDER("purchaseOrder", String.class, Invoice::purchaseOrder),
	CURRENCY("currency", String.class, Invoice::currency),
	SUBTOTAL("subtotal", BigDecimal.class, Invoice::subtotal),
	TAX_TOTAL("taxTotal", BigDecimal.class, Invoice::taxTotal),
	TOTAL("total", BigDecimal.class, Invoice::total),
	AMOUNT_DUE("amountDue", BigDecimal.class, Invoice::amountDue),
	PAYMENT_TERMS("paymentTerms", String.class, Invoice::paymentTerms);

	private final String path;

	private final Class<?> type;

	private final Function<Invoice, Field<?>> getter;

	InvoiceField(String path, Class<?> type, Function<Invoice, Field<?>> getter) {
		this.path = path;
		this.type = type;
		this.getter = getter;
	}

	/** The value's type: {@code String}, {@code BigDecimal} (amounts) or {@code LocalDate}. */
	public Class<?> type() {
		return type;
	}

	/** The field's path in the invoice JSON, e.g. {@code vendor.name}. */
	public String path() {
		return path;
	}

	Field<?> get(Invoice invoice) {
		return getter.apply(invoice);
	}

}
