package io.invoiceocr.extract.rules;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.Evidence;
import io.invoiceocr.extract.Invoice;
import io.invoiceocr.extract.PrintedPage;
import io.invoiceocr.ocr.OcrResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Vendor and customer from the blocks of the first page, on text layers and on skewed scans. */
class PartyRulesTest {

	private final RuleBasedExtractor extractor = new RuleBasedExtractor();

	/** A letterhead with the address beside the name's column, a customer under a cue printing its VAT id first. */
	private static final PrintedPage LETTERHEAD = new PrintedPage()
		.line(30, 15, "HW", 2.5f)
		.block(280, 15, "Hartmann Werbeagentur GmbH", "USt-IdNr.: DE493704500", "kontakt@hartmann-druck.de", "+49 69 128225")
		.block(440, 15, "Hauptstraße 48", "60386 Frankfurt am Main", "Deutschland")
		.line(30, 84, "Rechnung an:")
		.block(30, 96, "Brouwer & Meijer B.V.", "0841", "NL961408315B01", "Oudegracht 52", "6840 KC Arnhem", "Nederland")
		.block(400, 96, "Rechnungsnummer RG-2023-207", "Rechnungsdatum 28.12.2023")
		.line(30, 200, "Beschreibung").line(520, 200, "Betrag")
		.line(30, 226, "Visitenkarten, 500 Stück").line(520, 226, "82,90 €")
		.line(400, 260, "Gesamt").line(520, 260, "82,90 €");

	@ParameterizedTest
	@ValueSource(doubles = { Double.NaN, 0.0, 1.3, -1.1 })
	void readsTheVendorBesideItsAddressAndTheCustomerUnderItsCue(double skew) {
		// given the letterhead as a text layer (NaN) or as a scan turned by a small angle
		OcrResult page = Double.isNaN(skew) ? LETTERHEAD.textLayer() : LETTERHEAD.scanned(skew);

		// when
		Invoice invoice = extractor.read(DocumentText.of(page));

		// then the name is its column's first line, the address the column beside it
		assertThat(invoice.vendor().name().value()).isEqualTo("Hartmann Werbeagentur GmbH");
		assertThat(invoice.vendor().address().value()).isEqualTo("Hauptstraße 48, 60386 Frankfurt am Main, Deutschland");
		assertThat(invoice.vendor().address().evidence()).extracting(Evidence::text)
			.containsExactly("Hauptstraße 48", "60386 Frankfurt am Main", "Deutschland");
		// and the customer's block leaves out its customer number and VAT id
		assertThat(invoice.customer().name().value()).isEqualTo("Brouwer & Meijer B.V.");
		assertThat(invoice.customer().address().value()).isEqualTo("Oudegracht 52, 6840 KC Arnhem, Nederland");
		// and each party's VAT id is the one in its own block
		assertThat(invoice.vendor().taxId().value()).isEqualTo("DE493704500");
		assertThat(invoice.customer().taxId().value()).isEqualTo("NL961408315B01");
		assertThat(invoice.vendor().email().value()).isEqualTo("kontakt@hartmann-druck.de");
	}

	@Test
	void readsPartiesUnderShortCuesWithAWrappedLegalForm() {
		// given From / To columns in English, the vendor's name wrapping its legal form, its address beside
		PrintedPage page = new PrintedPage()
			.line(30, 100, "From:").line(310, 100, "To:")
			.block(30, 130, "Ravensworth Facilities", "Limited", "www.ravensworth.co.uk", "020 7946 0862")
			.block(160, 130, "84 Mill Lane", "London", "EC2A 6ZG")
			.block(310, 130, "Penrose Building Services Limited", "Unit 4, Riverside Business Park", "Cardiff CF11 1AZ")
			.line(30, 220, "Description").line(520, 220, "Amount")
			.line(30, 246, "Boiler service").line(520, 246, "£120.00")
			.line(400, 280, "Total").line(520, 280, "£120.00");

		// when
		Invoice invoice = extractor.read(DocumentText.of(page.textLayer()));

		// then
		assertThat(invoice.vendor().name().value()).isEqualTo("Ravensworth Facilities Limited");
		assertThat(invoice.vendor().address().value()).isEqualTo("84 Mill Lane, London, EC2A 6ZG");
		assertThat(invoice.customer().name().value()).isEqualTo("Penrose Building Services Limited");
		assertThat(invoice.customer().address().value()).isEqualTo("Unit 4, Riverside Business Park, Cardiff CF11 1AZ");
	}

	@Test
	void readsACustomerWithoutACueBesideTheInvoiceLabels() {
		// given a letterhead, a column of labels with their values, and the customer's block beside them
		PrintedPage page = new PrintedPage()
			.block(210, 19, "Wexley Building Services Ltd", "Company No. 01388769", "billing@wexley.co.uk")
			.block(400, 19, "158 Albion Street", "Manchester M15 1QT")
			.line(30, 100, "INVOICE", 2)
			.block(30, 132, "Invoice Number", "Invoice Date").block(100, 132, "INV-01541", "28 Dec 2023")
			.block(210, 132, "Whitcombe Office Supplies plc", "GB 470 5599 23", "181 Albion Street", "London EC1V 4FF")
			.line(30, 213, "Description").line(520, 213, "Line Total")
			.line(30, 246, "Plumbing repair").line(520, 246, "£302.50")
			.line(400, 280, "Total").line(520, 280, "£302.50");

		// when
		Invoice invoice = extractor.read(DocumentText.of(page.scanned(0.8)));

		// then
		assertThat(invoice.vendor().name().value()).isEqualTo("Wexley Building Services Ltd");
		assertThat(invoice.vendor().address().value()).isEqualTo("158 Albion Street, Manchester M15 1QT");
		assertThat(invoice.customer().name().value()).isEqualTo("Whitcombe Office Supplies plc");
		assertThat(invoice.customer().address().value()).isEqualTo("181 Albion Street, London EC1V 4FF");
		assertThat(invoice.customer().taxId().value()).isEqualTo("GB470559923");
	}

	@Test
	void readsAPartyPrintedAsAFormUnderItsCue() {
		// given the seller and the buyer as labelled rows (the layout of EN 16931 visualisations)
		PrintedPage page = new PrintedPage()
			.line(70, 90, "Rechnung Nr. 181301674 vom 25.04.2018", 1.5f)
			.line(70, 290, "Verkäufer")
			.line(70, 306, "Nummer:").line(260, 306, "549910")
			.line(70, 324, "Name:").line(260, 324, "ELEKTRON Industrieservice GmbH")
			.line(70, 342, "Anschrift:").line(260, 342, "Erfurter Strasse 13")
			.line(260, 360, "DE 74465 Demoort")
			.line(70, 378, "USt.-Id.-Nr.:").line(260, 378, "DE136695976")
			.line(70, 430, "Käufer/Leistungsempfänger")
			.line(70, 447, "Name:").line(260, 447, "ConsultingService GmbH")
			.line(70, 465, "Anschrift:").line(260, 465, "Musterstr. 18")
			.line(260, 483, "DE 76138 Karlsruhe");

		// when
		Invoice invoice = extractor.read(DocumentText.of(page.textLayer()));

		// then
		assertThat(invoice.vendor().name().value()).isEqualTo("ELEKTRON Industrieservice GmbH");
		assertThat(invoice.vendor().address().value()).isEqualTo("Erfurter Strasse 13, DE 74465 Demoort");
		assertThat(invoice.vendor().taxId().value()).isEqualTo("DE136695976");
		assertThat(invoice.customer().name().value()).isEqualTo("ConsultingService GmbH");
		assertThat(invoice.customer().address().value()).isEqualTo("Musterstr. 18, DE 76138 Karlsruhe");
	}

	@Test
	void readsTheNameUnderASalutationAndPastANumbersLabel() {
		// given a letter to a person under "Herrn", and a buyer block opening with its number's label
		PrintedPage letter = new PrintedPage()
			.line(71, 71, "MVM Musterhafter")
			.line(71, 82, "Versicherungsverein Musterstadt a.G.")
			.line(71, 117, "Herrn")
			.line(71, 128, "Max Mustermann")
			.line(71, 139, "Musterstr. 11")
			.line(71, 150, "12346 Bad Musterhausen")
			.line(71, 290, "Beitragsrechnung").line(425, 290, "24. Januar 2014");
		PrintedPage form = new PrintedPage()
			.line(50, 100, "Rechnung Nr. 47110815 vom 31.10.2018", 1.5f)
			.line(50, 330, "Verkäufer:")
			.line(50, 341, "Nummer").line(134, 341, ": 12345676")
			.line(50, 352, "Rohstoff AG Salzgitter")
			.line(50, 363, "Marktstr. 153")
			.line(50, 374, "DE 38226 Salzgitter")
			.line(50, 421, "Käufer/Leistungsempfänger:")
			.line(50, 432, "Nummer").line(134, 432, ": 75969813")
			.line(50, 443, "Metallbau Leipzig GmbH & Co. KG")
			.line(50, 454, "Pappelallee 15")
			.line(50, 465, "DE 12345 Leipzig");

		// when
		Invoice toPerson = extractor.read(DocumentText.of(letter.textLayer()));
		Invoice betweenFirms = extractor.read(DocumentText.of(form.textLayer()));

		// then
		assertThat(toPerson.customer().name().value()).isEqualTo("Herrn Max Mustermann");
		assertThat(toPerson.customer().address().value()).isEqualTo("Musterstr. 11, 12346 Bad Musterhausen");
		assertThat(betweenFirms.vendor().name().value()).isEqualTo("Rohstoff AG Salzgitter");
		assertThat(betweenFirms.customer().name().value()).isEqualTo("Metallbau Leipzig GmbH & Co. KG");
		assertThat(betweenFirms.customer().address().value()).isEqualTo("Pappelallee 15, DE 12345 Leipzig");
	}

}
