package io.invoiceocr.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Invoice data, covering the standard fields of the commercial invoice APIs (AWS Textract
 * AnalyzeExpense, Azure prebuilt-invoice). Every value is a {@link Field} with its evidence; a
 * field that was not found is null. Amounts are decimals in the invoice's currency, dates ISO-8601.
 *
 * @param vendor        who issued the invoice
 * @param customer      who it is addressed to
 * @param invoiceNumber the invoice's number as printed
 * @param invoiceDate   date of issue
 * @param dueDate       date payment is due
 * @param purchaseOrder the customer's order reference
 * @param currency      ISO 4217 code
 * @param subtotal      net amount, before tax
 * @param taxTotal      total tax
 * @param taxes         tax breakdown per rate
 * @param total         gross amount, tax included
 * @param amountDue     what remains to be paid (total less prepayments)
 * @param paymentTerms  payment terms as printed
 * @param lineItems     the invoiced lines
 */
public record Invoice(Party vendor, Party customer, Field<String> invoiceNumber, Field<LocalDate> invoiceDate,
		Field<LocalDate> dueDate, Field<String> purchaseOrder, Field<String> currency, Field<BigDecimal> subtotal,
		Field<BigDecimal> taxTotal, List<TaxLine> taxes, Field<BigDecimal> total, Field<BigDecimal> amountDue,
		Field<String> paymentTerms, List<LineItem> lineItems) {

	public static final Invoice EMPTY = new InvoiceBuilder().build();

	public Invoice {
		vendor = vendor == null ? Party.NONE : vendor;
		customer = customer == null ? Party.NONE : customer;
		taxes = taxes == null ? List.of() : List.copyOf(taxes);
		lineItems = lineItems == null ? List.of() : List.copyOf(lineItems);
	}

	/** The field at a path of {@link InvoiceField}, or null. */
	public Field<?> get(InvoiceField field) {
		return field.get(this);
	}

}
