package io.invoiceocr.extract.currency;

import io.invoiceocr.extract.DocumentText;

/**
 * A sign on the page of a country the invoice belongs to: an IBAN, a VAT id, a phone number's
 * calling code, a postcode of a country's own shape, the country's name.
 *
 * @param country ISO 3166 alpha-2 code
 * @param kind    what named it
 * @param text    the characters that named it
 * @param row     the row it stands in
 */
public record CountryCue(String country, Kind kind, String text, DocumentText.Row row) {

	/** What named the country, and how much that says about the currency an invoice is in. */
	public enum Kind {

		/** The account the money goes to: the payee's country, the strongest sign. */
		IBAN(3),

		/** A party's tax registration. */
		VAT_ID(2),

		/** A phone number's international calling code. */
		PHONE(1),

		/** A postcode of a shape only one country uses (UK, a US state and ZIP). */
		POSTCODE(1),

		/** The country's name in an address. */
		COUNTRY_NAME(1);

		private final int weight;

		Kind(int weight) {
			this.weight = weight;
		}

		public int weight() {
			return weight;
		}

	}

}
