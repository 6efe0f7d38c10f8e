package io.invoiceocr.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles an {@link Invoice} field by field: extractors fill it as they find values, and the
 * merge of two extractors' answers replaces single fields.
 */
public final class InvoiceBuilder {

	private final Field<?>[] fields = new Field<?>[InvoiceField.values().length];

	private List<TaxLine> taxes = new ArrayList<>();

	private List<LineItem> lineItems = new ArrayList<>();

	public InvoiceBuilder() {
	}

	/** A builder holding everything the invoice holds. */
	public static InvoiceBuilder from(Invoice invoice) {
		InvoiceBuilder builder = new InvoiceBuilder();
		for (InvoiceField field : InvoiceField.values()) {
			builder.fields[field.ordinal()] = invoice.get(field);
		}
		builder.taxes = new ArrayList<>(invoice.taxes());
		builder.lineItems = new ArrayList<>(invoice.lineItems());
		return builder;
	}

	/** Sets a field; null clears it. The value's type must be the field's (checked by {@link #build()}). */
	public InvoiceBuilder set(InvoiceField field, Field<?> value) {
		fields[field.ordinal()] = value;
		return this;
	}

	public Field<?> get(InvoiceField field) {
		return fields[field.ordinal()];
	}

	public InvoiceBuilder taxes(List<TaxLine> newTaxes) {
		this.taxes = new ArrayList<>(newTaxes);
		return this;
	}

	public InvoiceBuilder lineItems(List<LineItem> newLineItems) {
		this.lineItems = new ArrayList<>(newLineItems);
		return this;
	}

	public Invoice build() {
		Party vendor = new Party(text(InvoiceField.VENDOR_NAME), text(InvoiceField.VENDOR_ADDRESS),
				text(InvoiceField.VENDOR_TAX_ID), text(InvoiceField.VENDOR_PHONE), text(InvoiceField.VENDOR_EMAIL),
				text(InvoiceField.VENDOR_IBAN));
		Party customer = new Party(text(InvoiceField.CUSTOMER_NAME), text(InvoiceField.CUSTOMER_ADDRESS),
				text(InvoiceField.CUSTOMER_TAX_ID), null, null, null);
		return new Invoice(vendor, customer, text(InvoiceField.INVOICE_NUMBER), date(InvoiceField.INVOICE_DATE),
				date(InvoiceField.DUE_DATE), text(InvoiceField.PURCHASE_ORDER), text(InvoiceField.CURRENCY),
				amount(InvoiceField.SUBTOTAL), amount(InvoiceField.TAX_TOTAL), taxes, amount(InvoiceField.TOTAL),
				amount(InvoiceField.AMOUNT_DUE), text(InvoiceField.PAYMENT_TERMS), lineItems);
	}

	private Field<String> text(InvoiceField field) {
		return typed(field, String.class);
	}

	private Field<LocalDate> date(InvoiceField field) {
		return typed(field, LocalDate.class);
	}

	private Field<BigDecimal> amount(InvoiceField field) {
		return typed(field, BigDecimal.class);
	}

	@SuppressWarnings("unchecked")
	private <T> Field<T> typed(InvoiceField field, Class<T> type) {
		Field<?> value = fields[field.ordinal()];
		if (value != null && !type.isInstance(value.value())) {
			throw new IllegalArgumentException(field.path() + " takes a " + type.getSimpleName() + ", not "
					+ value.value().getClass().getSimpleName());
		}
		return (Field<T>) value;
	}

}
