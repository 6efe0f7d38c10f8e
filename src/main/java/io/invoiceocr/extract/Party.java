package io.invoiceocr.extract;

/**
 * The vendor (seller, supplier) or the customer (buyer) of an invoice. Any field may be null.
 *
 * @param name    legal or trading name
 * @param address postal address, lines joined by ", "
 * @param taxId   VAT or other tax identification number, without spaces
 * @param phone   telephone number as printed
 * @param email   e-mail address
 * @param iban    bank account (IBAN) payments go to, without spaces
 */
public record Party(Field<String> name, Field<String> address, Field<String> taxId, Field<String> phone,
		Field<String> email, Field<String> iban) {

	public static final Party NONE = new Party(null, null, null, null, null, null);

}
