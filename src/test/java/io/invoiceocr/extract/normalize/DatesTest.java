package io.invoiceocr.extract.normalize;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			25/12/2018 | 2018-12-25
			25-12-18   | 2018-12-25
			05.03.2018 | 2018-03-05
			5/3/18     | 2018-03-05
			11.02.18   | 2018-02-11
			2018-03-04 | 2018-03-04
			2018/03/04 | 2018-03-04
			2016/05/01 | 2016-05-01
			20180304   | 2018-03-04
			25032018   | 2018-03-25
			12/28/2017 | 2017-12-28
			""")
	void readsNumericDates(String printed, LocalDate expected) {
		assertThat(Dates.parse(printed, DateOrder.UNKNOWN)).contains(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			05 MAR 2018            | 2018-03-05
			05-Mar-2018            | 2018-03-05
			01-NOV-2017            | 2017-11-01
			15 JUN 18              | 2018-06-15
			5. März 2018           | 2018-03-05
			5. MAERZ 2018          | 2018-03-05
			3. Dez. 2017           | 2017-12-03
			OCT 3, 2016            | 2016-10-03
			October 3 2016         | 2016-10-03
			Sept. 5, 2018          | 2018-09-05
			3rd October 2016       | 2016-10-03
			'Monday, 3 October 2016' | 2016-10-03
			1er janvier 2018       | 2018-01-01
			3 févr. 2019           | 2019-02-03
			3 fevr 2019            | 2019-02-03
			12 août 2018           | 2018-08-12
			5 maart 2018           | 2018-03-05
			3 de octubre de 2016   | 2016-10-03
			5 marca 2018 r.        | 2018-03-05
			17 października 2018   | 2018-10-17
			17 pazdziernika 2018   | 2018-10-17
			1 stycznia 2019        | 2019-01-01
			5 III 2018             | 2018-03-05
			5 Mac 2018             | 2018-03-05
			12 Ogos 2018           | 2018-08-12
			12 Ogo 2018            | 2018-08-12
			3 Disember 2017        | 2017-12-03
			3 Dis 2017             | 2017-12-03
			1 Julai 2018           | 2018-07-01
			""")
	void readsDatesWithMonthNamesInTheLanguagesOfTheInvoices(String printed, LocalDate expected) {
		assertThat(Dates.parse(printed, DateOrder.UNKNOWN)).contains(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			04/05/2018 | DAY_FIRST   | 2018-05-04
			04/05/2018 | MONTH_FIRST | 2018-04-05
			04/05/2018 | UNKNOWN     | 2018-05-04
			25/12/2018 | MONTH_FIRST | 2018-12-25
			12/25/2018 | DAY_FIRST   | 2018-12-25
			04052018   | MONTH_FIRST | 2018-04-05
			2018-04-05 | MONTH_FIRST | 2018-04-05
			""")
	void usesThePreferredOrderOnlyWhereBothOrdersAreValid(String printed, DateOrder preferred, LocalDate expected) {
		assertThat(Dates.parse(printed, preferred)).contains(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			01/01/00 | 2000-01-01
			31/12/69 | 2069-12-31
			01/01/70 | 1970-01-01
			31/12/99 | 1999-12-31
			""")
	void readsTwoDigitYearsAsTheNearestCentury(String printed, LocalDate expected) {
		assertThat(Dates.parse(printed, DateOrder.UNKNOWN)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "31/02/2018", "32/01/2018", "13/13/2018", "01/01/1969", "01/01/2101", "12.50",
			"1.234,56", "1.234.567", "12:30", "12:30:45", "2018", "MAR 2018", "20181332", "12345678", "05 FOO 2018",
			"25/12-2018", "25/12/2018 and 26/12/2018" })
	void readsNothingFromTextThatIsNotOneDate(String text) {
		assertThat(Dates.parse(text, DateOrder.UNKNOWN)).isEmpty();
	}

	@Test
	void findsEveryDateInALineInItsPlace() {
		// given
		String line = "Date: 25/12/2018 12:30 Due 05 MAR 2019 Total 12.50";

		// when
		List<FoundDate> dates = Dates.find(line, DateOrder.UNKNOWN);

		// then
		assertThat(dates).extracting(FoundDate::value)
			.containsExactly(LocalDate.of(2018, 12, 25), LocalDate.of(2019, 3, 5));
		assertThat(dates).extracting(date -> line.substring(date.start(), date.end()))
			.containsExactly("25/12/2018", "05 MAR 2019");
	}

	@Test
	void doesNotReadAmountsTimesOrQuantitiesAsDates() {
		// given
		String line = "2 MAY 10.00 12.50 1.234.567 12:30:45 13.11.54.2 QTY 12 2018 RM 5 MAR";

		// when
		List<FoundDate> dates = Dates.find(line, DateOrder.UNKNOWN);

		// then
		assertThat(dates).isEmpty();
	}

	@Test
	void findsADatePrintedNextToATime() {
		// when
		List<FoundDate> dates = Dates.find("23-01-2019 13:14:15 PM, PRINT BY: ROOT", DateOrder.UNKNOWN);

		// then
		assertThat(dates).extracting(FoundDate::value).containsExactly(LocalDate.of(2019, 1, 23));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			USD   | MONTH_FIRST
			US    | MONTH_FIRST
			en_US | MONTH_FIRST
			usd   | MONTH_FIRST
			EUR   | DAY_FIRST
			MYR   | DAY_FIRST
			DE    | DAY_FIRST
			CAD   | UNKNOWN
			null  | UNKNOWN
			""")
	void choosesTheOrderFromACurrencyOrCountry(String hint, DateOrder expected) {
		assertThat(Dates.orderFor(hint)).isEqualTo(expected);
	}

	@Test
	void returnsOnAVeryLongLine() {
		// given a line long enough to expose a regular expression that backtracks
		String line = "1/1/1 05 MAR 1.1.1 Oct 3, ".repeat(400) + "25/12/2018";

		// when
		List<FoundDate> dates = Dates.find(line, DateOrder.UNKNOWN);

		// then
		assertThat(line).hasSizeGreaterThan(10_000);
		assertThat(dates).extracting(FoundDate::value).contains(LocalDate.of(2018, 12, 25));
	}

	@Test
	void readsEveryDateInTheSroieKeys() throws IOException {
		// given
		List<SroieReceipts.Receipt> receipts = SroieReceipts.all();

		// when
		List<String> unread = new ArrayList<>();
		for (SroieReceipts.Receipt receipt : receipts) {
			if (Dates.parse(receipt.date(), DateOrder.UNKNOWN).isEmpty()) {
				unread.add(receipt.name() + ": " + receipt.date());
			}
		}

		// then
		assertThat(unread).isEmpty();
	}

	@Test
	void findsEachSroieDateAmongTheDatesOfItsReceipt() throws IOException {
		// given
		List<SroieReceipts.Receipt> receipts = SroieReceipts.all();

		// when
		List<String> missing = new ArrayList<>();
		for (SroieReceipts.Receipt receipt : receipts) {
			LocalDate date = Dates.parse(receipt.date(), DateOrder.UNKNOWN).orElseThrow();
			boolean found = receipt.lines()
				.stream()
				.flatMap(line -> Dates.find(line, DateOrder.UNKNOWN).stream())
				.anyMatch(candidate -> candidate.value().equals(date));
			if (!found) {
				missing.add(receipt.name() + ": " + receipt.date());
			}
		}

		// then
		assertThat(missing).isEmpty();
	}

}
