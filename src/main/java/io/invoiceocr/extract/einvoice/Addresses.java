package io.invoiceocr.extract.einvoice;

/** How the model writes the parts of a postal address that e-invoices keep apart. */
final class Addresses {

	private Addresses() {
	}

	/**
	 * Postcode and city as one address line, "84340 Malaucène", the way most of Europe prints them;
	 * either may be missing. Null when both are.
	 */
	static String place(String postcode, String city) {
		String code = postcode == null ? "" : postcode.strip();
		String name = city == null ? "" : city.strip();
		String place = (code + " " + name).strip();
		return place.isEmpty() ? null : place;
	}

}
