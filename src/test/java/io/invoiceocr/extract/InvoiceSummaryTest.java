package io.invoiceocr.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvoiceSummaryTest {

	@Test
	void readsTheVendorDateAndTotalOfAStoredInvoiceWithTheTotalsScale() {
		// given an invoice as stored: fields with their value, evidence and source
		String stored = """
				{"vendor":{"name":{"value":"KEDAI RUNCIT","confidence":0.9}},
				 "invoiceDate":{"value":"2017-08-14"},"total":{"value":23.90},"currency":{"value":"MYR"}}
				""";

		// when it is summed up
		InvoiceSummary summary = InvoiceSummary.of(stored);

		// then the amount keeps its two decimals, as printed
		assertThat(summary).isEqualTo(new InvoiceSummary("KEDAI RUNCIT", "2017-08-14", "23.90", "MYR"));
	}

	@Test
	void aDocumentWithoutAnInvoiceHasAnEmptySummary() {
		assertThat(InvoiceSummary.of(null)).isEqualTo(new InvoiceSummary(null, null, null, null));
		assertThat(InvoiceSummary.of("{\"vendor\":null}").vendor()).isNull();
	}

}
