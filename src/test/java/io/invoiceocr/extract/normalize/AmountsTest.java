package io.invoiceocr.extract.normalize;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AmountsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1.234,56      | 1234.56
			1,234.56      | 1234.56
			1 234,56      | 1234.56
			'1\u00A0234,56' | 1234.56
			'1\u202F234,56' | 1234.56
			1'234.56      | 1234.56
			1’234.56      | 1234.56
			1234.5        | 1234.5
			1234          | 1234
			0.50          | 0.50
			1.234.567     | 1234567
			1,234,567.89  | 1234567.89
			1.234.567,89  | 1234567.89
			RM9.90        | 9.90
			RM 9.90       | 9.90
			$1,234        | 1234
			$8.20         | 8.20
			US$ 5         | 5
			EUR 1.234,56  | 1234.56
			1.234,56 €    | 1234.56
			1.234,56EUR   | 1234.56
			12,50 kr      | 12.50
			Fr. 12.50     | 12.50
			12,99 zł      | 12.99
			""")
	void readsAmountsPrintedInAnyConvention(String printed, BigDecimal expected) {
		assertThat(Amounts.parse(printed)).contains(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			-12.00    | -12.00
			12.00-    | -12.00
			(12.00)   | -12.00
			€-12,00   | -12.00
			-€12,00   | -12.00
			RM-12.00  | -12.00
			(RM 12.00) | -12.00
			RM (12.00) | -12.00
			12.00 CR  | -12.00
			12.00CR   | -12.00
			12.00 DR  | 12.00
			+12.00    | 12.00
			""")
	void readsCreditsAsNegativeAmounts(String printed, BigDecimal expected) {
		assertThat(Amounts.parse(printed)).contains(expected);
	}

	@Test
	void keepsTheDecimalsAsPrinted() {
		// when
		BigDecimal ringgit = Amounts.parse("9.90").orElseThrow();
		BigDecimal euro = Amounts.parse("1.234,5").orElseThrow();
		BigDecimal whole = Amounts.parse("1.234").orElseThrow();

		// then
		assertThat(ringgit.scale()).isEqualTo(2);
		assertThat(euro).isEqualByComparingTo("1234.5");
		assertThat(euro.scale()).isEqualTo(1);
		assertThat(whole.scale()).isZero();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1,234     | UNKNOWN | 1234
			1.234     | UNKNOWN | 1234
			1,234     | POINT   | 1234
			1.234     | POINT   | 1.234
			1,234     | COMMA   | 1.234
			1.234     | COMMA   | 1234
			12,5      | COMMA   | 12.5
			12,5      | POINT   | 12.5
			1.234,567 | UNKNOWN | 1234.567
			1,234.567 | UNKNOWN | 1234.567
			0,500     | UNKNOWN | 0.500
			1234.567  | UNKNOWN | 1234.567
			""")
	void readsALoneSeparatorBeforeThreeDigitsByTheDocumentsStyle(String printed, DecimalStyle style,
			BigDecimal expected) {
		assertThat(Amounts.parse(printed, style)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "TOTAL", "9.9O", "RM9 .90", "25/12/2018", "05.03.2018", "2018-03-04", "12:30",
			"6%", "19 %", "12345678901", "1.23456", "05", "0123", "12 50", "1.234.56", "1,234,56", "1.234,567,8",
			"1.2.3", "12.00 13.00", "DE89", "12kg", "#123", "12.00 USD 13" })
	void readsNothingFromTextThatIsNotOneAmount(String text) {
		assertThat(Amounts.parse(text)).isEmpty();
	}

	@Test
	void findsEveryAmountInALineWithItsCurrencyAndPlace() {
		// given
		String line = "TOTAL: RM 80.90 CASH RM100.00 CHANGE 19.10";

		// when
		List<FoundAmount> amounts = Amounts.find(line);

		// then
		assertThat(amounts).extracting(FoundAmount::value)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("80.90"), new BigDecimal("100.00"), new BigDecimal("19.10"));
		assertThat(amounts).extracting(FoundAmount::currency).containsExactly("MYR", "MYR", null);
		assertThat(amounts).extracting(amount -> line.substring(amount.start(), amount.end()))
			.containsExactly("RM 80.90", "RM100.00", "19.10");
	}

	@Test
	void readsGermanThousandsAndDecimalCommasWithTheEuroSignAfter() {
		// given
		String line = "Summe netto 1.234,56 € zzgl. MwSt. 234,57 €";

		// when
		List<FoundAmount> amounts = Amounts.find(line, DecimalStyle.COMMA);

		// then
		assertThat(amounts).extracting(FoundAmount::value)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("1234.56"), new BigDecimal("234.57"));
		assertThat(amounts).extracting(FoundAmount::currency).containsOnly("EUR");
		assertThat(amounts).extracting(amount -> line.substring(amount.start(), amount.end()))
			.containsExactly("1.234,56 €", "234,57 €");
	}

	@Test
	void aMarkPrintedAgainstTheNextNumberBelongsToThatNumber() {
		// when
		List<FoundAmount> amounts = Amounts.find("SUBTOTAL 12.00 RM5.00");

		// then
		assertThat(amounts).extracting(FoundAmount::currency).containsExactly(null, "MYR");
	}

	@Test
	void findsNegativeAmountsWithTheirSignInTheirPlace() {
		// given
		String line = "PWP LESS -2.37 REFUND (12.00) ADJ 3.00- CREDIT 5.00 CR";

		// when
		List<FoundAmount> amounts = Amounts.find(line);

		// then
		assertThat(amounts).extracting(amount -> line.substring(amount.start(), amount.end()))
			.containsExactly("-2.37", "(12.00)", "3.00-", "5.00 CR");
		assertThat(amounts).allSatisfy(amount -> assertThat(amount.value()).isNegative());
	}

	@Test
	void readsSpaceGroupedThousandsInALineOnlyBeforeADecimalComma() {
		// when
		List<FoundAmount> french = Amounts.find("Total TTC 1 234 567,89 EUR");
		List<FoundAmount> quantityAndPrice = Amounts.find("2 100.00");

		// then
		assertThat(french).singleElement()
			.satisfies(amount -> assertThat(amount.value()).isEqualByComparingTo("1234567.89"));
		assertThat(quantityAndPrice).extracting(FoundAmount::value)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("2"), new BigDecimal("100.00"));
	}

	@Test
	void doesNotReadDatesTimesOrPercentagesAsAmounts() {
		// given
		String line = "25/12/2018 2018-03-04 05.03.2018 05 MAR 2018 12:30 10.30 PM GST 6% VAT 19 % TOTAL 12.50";

		// when
		List<FoundAmount> amounts = Amounts.find(line);

		// then
		assertThat(amounts).singleElement()
			.satisfies(amount -> assertThat(amount.value()).isEqualByComparingTo("12.50"));
	}

	@Test
	void doesNotReadIdentifiersAsAmounts() {
		// given
		String line = "Tel +49 30 1234567 Fax 03-40210276 IBAN DE89 3704 0044 0532 0130 00 "
				+ "USt-IdNr. DE 123 456 789 GST ID: 001234567890 Ref 12345678901 Total 5.00";

		// when
		List<FoundAmount> amounts = Amounts.find(line);

		// then
		assertThat(amounts).singleElement()
			.satisfies(amount -> assertThat(amount.value()).isEqualByComparingTo("5.00"));
	}

	@Test
	void doesNotReadNumbersJoinedToWordsCodesOrOcrNoise() {
		// given
		String line = "INV12345 A1 12kg 9.9O #123 9926016** CHE-123 RM9 .90 TOTAL 1.00";

		// when
		List<FoundAmount> amounts = Amounts.find(line);

		// then
		assertThat(amounts).singleElement()
			.satisfies(amount -> assertThat(amount.value()).isEqualByComparingTo("1.00"));
	}

	@Test
	void findsPercentagesWithTheirRates() {
		// given
		String line = "GST @6% 2.34 MwSt 19 % TVA 19,5% PROMO -10%";

		// when
		List<FoundPercent> percents = Amounts.findPercents(line);

		// then
		assertThat(percents).extracting(FoundPercent::rate)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("6"), new BigDecimal("19"), new BigDecimal("19.5"), new BigDecimal("-10"));
		assertThat(percents).extracting(percent -> line.substring(percent.start(), percent.end()))
			.containsExactly("6%", "19 %", "19,5%", "-10%");
	}

	@Test
	void returnsOnAVeryLongLine() {
		// given a line long enough to expose a regular expression that backtracks
		String line = "1 1.1,1-1 RM1 (1 €1 ".repeat(500) + "TOTAL 9.90";

		// when
		List<FoundAmount> amounts = Amounts.find(line);

		// then
		assertThat(line).hasSizeGreaterThan(10_000);
		assertThat(amounts).last().satisfies(amount -> assertThat(amount.value()).isEqualByComparingTo("9.90"));
	}

	@Test
	void readsEveryTotalInTheSroieKeys() throws IOException {
		// given
		List<SroieReceipts.Receipt> receipts = SroieReceipts.all();

		// when
		List<String> unread = new ArrayList<>();
		for (SroieReceipts.Receipt receipt : receipts) {
			if (Amounts.parse(receipt.total()).isEmpty()) {
				unread.add(receipt.name() + ": " + receipt.total());
			}
		}

		// then
		assertThat(unread).isEmpty();
	}

	@Test
	void findsEachSroieTotalAmongTheAmountsOfItsReceipt() throws IOException {
		// given
		List<SroieReceipts.Receipt> receipts = SroieReceipts.all();

		// when
		List<String> missing = new ArrayList<>();
		for (SroieReceipts.Receipt receipt : receipts) {
			BigDecimal total = Amounts.parse(receipt.total()).orElseThrow();
			boolean found = receipt.lines()
				.stream()
				.flatMap(line -> Amounts.find(line).stream())
				.anyMatch(amount -> amount.value().compareTo(total) == 0);
			if (!found) {
				missing.add(receipt.name() + ": " + receipt.total());
			}
		}

		// then
		assertThat(missing).isEmpty();
	}

}
