package io.invoiceocr.extract.normalize;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CurrenciesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			EUR            | EUR
			usd            | USD
			Total in Euro  | EUR
			€              | EUR
			$              | USD
			US$ 5          | USD
			£              | GBP
			¥              | JPY
			RM 80.90       | MYR
			RM9.90         | MYR
			TOTAL(RM)      | MYR
			TOTAL:MYR      | MYR
			12,99 zł       | PLN
			12,99 zl       | PLN
			PLN            | PLN
			CHF            | CHF
			Fr. 12.50      | CHF
			12,50 kr       | SEK
			₹              | INR
			Rs. 100        | INR
			Rs 100         | INR
			R$ 10          | BRL
			A$ 10          | AUD
			C$ 10          | CAD
			S$ 10          | SGD
			HK$ 10         | HKD
			120 Kč         | CZK
			1 000 Ft       | HUF
			100 lei        | RON
			12EUR          | EUR
			TRY 100.00     | TRY
			""")
	void detectsCodesSymbolsAndLocalMarks(String text, String expected) {
		assertThat(Currencies.detect(text)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "TOTAL", "EUROPE", "FORM 12", "FIRM", "Fr. 05.03.2018", "Friday Fr.",
			"ABC SDN BHD", "ALL ITEMS", "BALL PEN", "www.shop.eur.com", "sales@eur.com", "Lei Ming", "krill", "5 ft" })
	void detectsNoCurrencyInOrdinaryWords(String text) {
		assertThat(Currencies.detect(text)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			12,50 kr | DK    | DKK
			12,50 kr | NOK   | NOK
			12,50 kr | EUR   | SEK
			$5       | CA    | CAD
			$5       | en_AU | AUD
			$5       | DE    | USD
			¥500     | CNY   | CNY
			US$5     | CA    | USD
			""")
	void readsAmbiguousMarksByTheHint(String text, String hint, String expected) {
		assertThat(Currencies.detect(text, hint)).contains(expected);
	}

	@Test
	void findsEveryMarkInALineInItsPlace() {
		// given
		String line = "SUBTOTAL RM41.43 (USD 9.99) 12,00 € FORM";

		// when
		List<FoundCurrency> marks = Currencies.find(line);

		// then
		assertThat(marks).extracting(FoundCurrency::code).containsExactly("MYR", "USD", "EUR");
		assertThat(marks).extracting(mark -> line.substring(mark.start(), mark.end()))
			.containsExactly("RM", "USD", "€");
	}

	@Test
	void leavesTheFullStopAfterACodeOut() {
		// when
		List<FoundCurrency> marks = Currencies.find("Amount in EUR.");

		// then
		assertThat(marks).singleElement().satisfies(mark -> assertThat(mark.end()).isEqualTo(13));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			EUR  | true
			MYR  | true
			DEM  | true
			usd  | false
			RM   | false
			XYZ  | false
			null | false
			""")
	void knowsTheIsoCodes(String code, boolean expected) {
		assertThat(Currencies.isIsoCode(code)).isEqualTo(expected);
	}

	@Test
	void returnsOnAVeryLongLine() {
		// given a line long enough to expose a regular expression that backtracks
		String line = "RMX US$ Fr. kr EUROPE 1 ".repeat(450) + "EUR";

		// when
		List<FoundCurrency> marks = Currencies.find(line);

		// then
		assertThat(line).hasSizeGreaterThan(10_000);
		assertThat(marks).last().satisfies(mark -> assertThat(mark.code()).isEqualTo("EUR"));
	}

}
