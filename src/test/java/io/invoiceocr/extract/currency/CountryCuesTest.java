package io.invoiceocr.extract.currency;

import java.util.List;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.Pages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Countries named by identifiers and addresses, not by words that happen to look alike. */
class CountryCuesTest {

	@Test
	void readsEachKindOfSign() {
		// given a page with an IBAN, a VAT id, a phone number, a US address and a country's name
		DocumentText text = DocumentText.of(Pages.document("IBAN NL91 INGB 0417 1643 00", "BTW: NL671483341B01",
				"Tel +33 1 45 77 37 10", "3562 Main Street, Phoenix, AZ 85052", "50812 Köln, Deutschland"));

		List<CountryCue> cues = CountryCues.find(text);

		assertThat(cues).extracting(CountryCue::country, CountryCue::kind)
			.contains(org.assertj.core.groups.Tuple.tuple("NL", CountryCue.Kind.IBAN),
					org.assertj.core.groups.Tuple.tuple("NL", CountryCue.Kind.VAT_ID),
					org.assertj.core.groups.Tuple.tuple("FR", CountryCue.Kind.PHONE),
					org.assertj.core.groups.Tuple.tuple("US", CountryCue.Kind.POSTCODE),
					org.assertj.core.groups.Tuple.tuple("DE", CountryCue.Kind.COUNTRY_NAME));
	}

	@Test
	void anIbanWithoutItsLabelCountsWhenItsCheckDigitsHold() {
		DocumentText text = DocumentText.of(Pages.document("Bank: DE89 3704 0044 0532 0130 00"));

		assertThat(CountryCues.find(text)).extracting(CountryCue::country, CountryCue::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("DE", CountryCue.Kind.IBAN));
		assertThat(CountryCues.checksumHolds("DE89 3704 0044 0532 0130 01")).isFalse();
	}

	@Test
	void aUsStateNamedLikeACountryIsNoCountry() {
		DocumentText text = DocumentText.of(Pages.document("Atlanta, Georgia", "Invoice 2024-001"));

		assertThat(CountryCues.find(text)).isEmpty();
	}

}
