package io.invoiceocr.samples;

import java.util.List;

/** A seller or buyer; fields a document does not print are {@code null}. */
record Party(String name, List<String> address, String taxId, String phone, String email, String iban) {

	static Party customer(String name, List<String> address, String taxId) {
		return new Party(name, address, taxId, null, null, null);
	}

}
