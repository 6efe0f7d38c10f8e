package io.invoiceocr.extract.currency;

import java.util.Optional;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.Pages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The currency a page without a readable mark points to, and the sign that says so. */
class PageCurrencyTest {

	@Test
	void aGermanVendorsPageIsInEuro() {
		// given an invoice whose amounts lost their € (as on a scan) but whose vendor is German
		DocumentText text = DocumentText.of(Pages.document("Meyer IT-Service GmbH", "USt-IdNr: DE182618950",
				"Tel. +49 221 963968-0", "Rechnungsbetrag | 3.675,16", "IBAN DE72 3705 0198 4376 5892 00"));

		// when the rest of the page is read
		Optional<PageCurrency.Inferred> inferred = PageCurrency.infer(text);

		// then it is euro, the IBAN being the strongest sign
		assertThat(inferred).isPresent();
		assertThat(inferred.get().code()).isEqualTo("EUR");
		assertThat(inferred.get().sign()).startsWith("IBAN DE72");
		assertThat(inferred.get().row().text()).contains("IBAN");
	}

	@Test
	void aBritishVendorsPageIsInPounds() {
		// given a UK invoice: VAT number, postcode and phone, amounts with a decimal point
		DocumentText text = DocumentText.of(Pages.document("Ravensworth Facilities Limited", "84 Mill Lane, London EC2A 6ZG",
				"VAT Reg No: GB 612 0878 58", "Phone +44 20 7946 0958", "Total | 841.73"));

		Optional<PageCurrency.Inferred> inferred = PageCurrency.infer(text);

		assertThat(inferred.map(PageCurrency.Inferred::code)).contains("GBP");
		assertThat(inferred.get().votes()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void aUkVendorBillingAGermanCustomerIsInTheVendorsCurrency() {
		// given the customer's German VAT id beside the vendor's UK VAT id, IBAN and postcode
		DocumentText text = DocumentText.of(Pages.document("Penrose Ltd, Cardiff CF11 1AZ", "VAT GB 470 5599 23",
				"Bill to: Becker GmbH, USt-IdNr. DE829266780", "IBAN GB30 BARC 2082 5339 9832 11", "Total | 574.20"));

		assertThat(PageCurrency.infer(text).map(PageCurrency.Inferred::code)).contains("GBP");
	}

	@Test
	void aPageWithoutSignsNamesNoCurrency() {
		// given a receipt with amounts in decimal points and nothing naming a country
		DocumentText text = DocumentText.of(Pages.document("CORNER SHOP", "Milk | 2.50", "Bread | 1.20", "TOTAL | 3.70"));

		assertThat(PageCurrency.infer(text)).isEmpty();
	}

}
