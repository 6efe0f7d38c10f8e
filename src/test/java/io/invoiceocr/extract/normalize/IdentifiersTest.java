package io.invoiceocr.extract.normalize;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifiersTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			UID: ATU12345678                | ATU12345678
			BTW BE0123456789                | BE0123456789
			USt-IdNr.: DE 123 456 789       | DE123456789
			USt-IdNr. DE123.456.789         | DE123456789
			TVA FR 40 303 265 045           | FR40303265045
			BTW NL123456789B01              | NL123456789B01
			CIF ESX1234567X                 | ESX1234567X
			CIF ESB12345678                 | ESB12345678
			P.IVA IT12345678901             | IT12345678901
			NIP PL 123-456-78-90            | PL1234567890
			VAT Reg GB 123 4567 89          | GB123456789
			VAT Reg GB123456789012          | GB123456789012
			UID CHE-123.456.789 MWST        | CHE123456789
			Org.nr NO 123 456 789 MVA       | NO123456789MVA
			GST REG NO: 000203587584        | 000203587584
			(GST ID: 001137704960)          | 001137704960
			GST REG. NO : 001345261568      | 001345261568
			SST ID: W10-1808-31000071       | W10180831000071
			""")
	void findsTaxIdsAsPrintedAndNormalisesThem(String line, String expected) {
		assertThat(Identifiers.vatIds(line)).extracting(Found::value).containsExactly(expected);
	}

	@Test
	void placesATaxIdOnItsPrintedCharacters() {
		// given
		String line = "USt-IdNr.: DE 123 456 789, GST ID: 001234567890";

		// when
		List<Found> ids = Identifiers.vatIds(line);

		// then
		assertThat(ids).extracting(id -> line.substring(id.start(), id.end()))
			.containsExactly("DE 123 456 789", "001234567890");
	}

	@ParameterizedTest
	@ValueSource(strings = { "INVOICE NO 123456789", "CODE123456789", "GST 6%", "DE12345678", "DE1234567890",
			"DE 123.456.789.0", "001234567890", "ROAD 12", "AT 12345678" })
	void takesNoOtherNumberForATaxId(String line) {
		assertThat(Identifiers.vatIds(line)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			DE 123.456.789       | DE123456789
			ATU 1234 5678        | ATU12345678
			CHE-123.456.789 TVA  | CHE123456789
			001234567890         | 001234567890
			123-456-78-90        | 1234567890
			GST ID: 001234567890 | 001234567890
			""")
	void normalisesATaxIdWhoseLabelTheCallerHasRead(String printed, String expected) {
		assertThat(Identifiers.normaliseTaxId(printed)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "hello", "12345", "NIP: 123-456-78-90", "DE 123 456 789, FR 40 303 265 045" })
	void normalisesNothingThatIsNotOneTaxId(String printed) {
		assertThat(Identifiers.normaliseTaxId(printed)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			IBAN: DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX | DE89370400440532013000
			GB82 WEST 1234 5698 7654 32                       | GB82WEST12345698765432
			DE89370400440532013000                            | DE89370400440532013000
			NL91ABNA0417164300                                | NL91ABNA0417164300
			""")
	void findsIbansWithAValidCheck(String line, String expected) {
		assertThat(Identifiers.ibans(line)).extracting(Found::value).containsExactly(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "DE88 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 001", "DE89 3704 0044 0532 0130",
			"XX89 3704 0044 0532 0130 00", "ADE89370400440532013000" })
	void findsNoIbanWithABadCheckLengthOrCountry(String line) {
		assertThat(Identifiers.ibans(line)).isEmpty();
	}

	@Test
	void findsEmailAddressesInLowerCaseWithoutTheFullStopAfterThem() {
		// given
		String line = "Email: INFO@SHOP.COM.MY. or a.b+c@mail.example.co.uk";

		// when
		List<Found> emails = Identifiers.emails(line);

		// then
		assertThat(emails).extracting(Found::value).containsExactly("info@shop.com.my", "a.b+c@mail.example.co.uk");
		assertThat(line.substring(emails.get(0).start(), emails.get(0).end())).isEqualTo("INFO@SHOP.COM.MY");
	}

	@ParameterizedTest
	@ValueSource(strings = { "no@tld", "@shop.com", "x@y.z", "12.50 @ 3" })
	void findsNoEmailInWhatIsNotAnAddress(String line) {
		assertThat(Identifiers.emails(line)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			+49 30 1234567           | +49301234567
			+49 (0)30 1234567        | +49301234567
			TEL: +603-3362 4137      | +60333624137
			(03) 1234 5678           | 0312345678
			Tel: 012-345 6789        | 0123456789
			FAX : 07-386 3793        | 073863793
			T. 030/1234567           | 0301234567
			+33 1.23.45.67.89        | +33123456789
			1-800-555-0199           | 18005550199
			Phone: 555 1234 567      | 5551234567
			""")
	void findsPhoneNumbers(String line, String expected) {
		assertThat(Identifiers.phones(line)).extracting(Found::value).containsExactly(expected);
	}

	@Test
	void findsEveryPhoneNumberInALineAndLeavesTheAmountAfterIt() {
		// given
		String line = "TEL: 603-90213004 FAX: 603-90213004 012-345 6789 12.00";

		// when
		List<Found> phones = Identifiers.phones(line);

		// then
		assertThat(phones).extracting(phone -> line.substring(phone.start(), phone.end()))
			.containsExactly("603-90213004", "603-90213004", "012-345 6789");
	}

	@ParameterizedTest
	@ValueSource(strings = { "25-12-2018", "2018-03-04 12:30", "Total 1 234 567,89", "12.50 13.00 14.50",
			"0.50 12.20 13.40", "Qty 1234567", "12.00-13.00", "INV-2018-0001", "Tel: 12:30", "123456",
			"IBAN DE89 3704 0044 0532 0130 00" })
	void findsNoPhoneNumberInDatesAmountsOrOtherIds(String line) {
		assertThat(Identifiers.phones(line)).isEmpty();
	}

	@Test
	void returnsOnAVeryLongLine() {
		// given a line long enough to expose a regular expression that backtracks
		String line = "+1 (1 1-1 1.1 a@b. DE1 AT1 GST 1 ".repeat(320) + "Tel: +49 30 1234567";

		// when
		List<Found> phones = Identifiers.phones(line);
		List<Found> emails = Identifiers.emails(line);
		List<Found> ibans = Identifiers.ibans(line);
		List<Found> taxIds = Identifiers.vatIds(line);

		// then
		assertThat(line).hasSizeGreaterThan(10_000);
		assertThat(phones).last().satisfies(phone -> assertThat(phone.value()).isEqualTo("+49301234567"));
		assertThat(emails).isEmpty();
		assertThat(ibans).isEmpty();
		assertThat(taxIds).isEmpty();
	}

}
