package io.invoiceocr.extract.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.invoiceocr.extract.Extraction;
import io.invoiceocr.extract.ExtractionInput;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.Invoice;
import io.invoiceocr.extract.Pages;
import io.invoiceocr.ocr.OcrResult;
import io.invoiceocr.ocr.PagePath;
import io.invoiceocr.ocr.PageResult;
import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.TextLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule-based extractor on receipts and invoices in the languages it knows. */
class RuleBasedExtractorTest {

	private final RuleBasedExtractor extractor = new RuleBasedExtractor();

	@Test
	void readsAMalaysianReceipt() {
		// given a receipt as SROIE's receipts print them
		Extraction extraction = extract("YONGFATT ENTERPRISE", "(JM0352019-K)", "NO 122.124. JALAN DEDAP 13",
				"81100 JOHOR BAHRU", "TEL: 07-3507405", "GST REG NO: 001817583872", "TAX INVOICE",
				"INVOICE NO: 1010101 | 25/12/2018 | 8:13:39 PM", "ITEM | QTY | AMOUNT", "KINGS SAFETY SHOES 1 | 1 | 76.32",
				"TOTAL SALES (EXCLUDING GST) | 76.32", "GST @6% | 4.58", "TOTAL SALES (INCLUSIVE OF GST) | 80.90",
				"ROUNDING ADJ | 0.00", "TOTAL AMOUNT (RM) | 80.90", "CASH | 100.00", "CHANGE | 19.10");

		// when
		Invoice invoice = extraction.invoice();

		// then
		assertThat(invoice.vendor().name().value()).isEqualTo("YONGFATT ENTERPRISE");
		assertThat(invoice.vendor().address().value()).isEqualTo("NO 122.124. JALAN DEDAP 13, 81100 JOHOR BAHRU");
		assertThat(invoice.vendor().taxId().value()).isEqualTo("001817583872");
		assertThat(invoice.invoiceDate().value()).isEqualTo(LocalDate.of(2018, 12, 25));
		assertThat(invoice.invoiceNumber().value()).isEqualTo("1010101");
		assertThat(invoice.total().value()).isEqualByComparingTo("80.90");
		assertThat(invoice.subtotal().value()).isEqualByComparingTo("76.32");
		assertThat(invoice.taxTotal().value()).isEqualByComparingTo("4.58");
		assertThat(invoice.currency().value()).isEqualTo("MYR");
		assertThat(invoice.total().source()).isEqualTo(FieldSource.RULES);
		assertThat(invoice.total().evidence()).extracting(evidence -> evidence.text()).contains("80.90");
		assertThat(extraction.validation().failures()).isEmpty();
	}

	@Test
	void theVendorIsTheNameBesideTheTitleNotTheCustomerBelow() {
		// given a letterhead whose name shares its row with the title, and a customer further down
		Extraction extraction = extract("Acme Digital Services GmbH | INVOICE", "Mariahilfer Strasse 45",
				"1060 Vienna | Invoice number: INV-2024-0117", "Austria | Invoice date: 17 Jan 2024", "BILL TO",
				"Northwind Logistics GmbH", "Lastenstrasse 3", "4020 Linz", "Total: EUR 1,424.16");

		// when
		Invoice invoice = extraction.invoice();

		// then
		assertThat(invoice.vendor().name().value()).isEqualTo("Acme Digital Services GmbH");
		assertThat(invoice.vendor().name().evidence()).extracting(evidence -> evidence.text())
			.containsExactly("Acme Digital Services GmbH");
		assertThat(invoice.customer().name().value()).isEqualTo("Northwind Logistics GmbH");
	}

	@Test
	void readsAGermanInvoiceWithCommaDecimalsAndTaxBreakdown() {
		// given
		Extraction extraction = extract("Lieferant GmbH · Lieferstraße 20 · 80333 München", "Kunden AG | Rechnung",
				"Rechnungsnummer: 471102 | Rechnungsdatum: 05.03.2018", "Fällig am: 19.03.2018",
				"Pos. | Bezeichnung | Menge | Einzelpreis | Betrag", "1 | Trennblätter A4 | 20 | 9,90 | 198,00",
				"2 | Joghurt Banane | 50 | 5,50 | 275,00", "Summe netto | 473,00", "MwSt 19% | 89,87", "Gesamtbetrag | 562,87 EUR",
				"Zahlungsbedingungen: 14 Tage netto", "USt-IdNr. DE123456789", "IBAN DE89 3704 0044 0532 0130 00");

		// when
		Invoice invoice = extraction.invoice();

		// then
		assertThat(invoice.vendor().name().value()).isEqualTo("Lieferant GmbH");
		assertThat(invoice.invoiceNumber().value()).isEqualTo("471102");
		assertThat(invoice.invoiceDate().value()).isEqualTo(LocalDate.of(2018, 3, 5));
		assertThat(invoice.dueDate().value()).isEqualTo(LocalDate.of(2018, 3, 19));
		assertThat(invoice.subtotal().value()).isEqualByComparingTo("473.00");
		assertThat(invoice.taxTotal().value()).isEqualByComparingTo("89.87");
		assertThat(invoice.total().value()).isEqualByComparingTo("562.87");
		assertThat(invoice.currency().value()).isEqualTo("EUR");
		assertThat(invoice.taxes()).singleElement().satisfies(tax -> {
			assertThat(tax.rate().value()).isEqualByComparingTo("19");
			assertThat(tax.amount().value()).isEqualByComparingTo("89.87");
		});
		assertThat(invoice.vendor().taxId().value()).isEqualTo("DE123456789");
		assertThat(invoice.vendor().iban().value()).isEqualTo("DE89370400440532013000");
		assertThat(invoice.paymentTerms().value()).contains("14 Tage netto");
		assertThat(invoice.lineItems()).hasSize(2);
		assertThat(invoice.lineItems().get(0).amount().value()).isEqualByComparingTo("198.00");
		assertThat(extraction.validation().failures()).isEmpty();
	}

	@Test
	void readsFrenchDutchSpanishPolishAndMalayTotals() {
		assertThat(total("Facture N° F-2024-12", "Total HT | 100,00", "TVA 20% | 20,00", "Total TTC | 120,00")).isEqualByComparingTo("120.00");
		assertThat(total("Factuur", "Subtotaal | 100,00", "BTW 21% | 21,00", "Te betalen | 121,00")).isEqualByComparingTo("121.00");
		assertThat(total("Factura", "Base imponible | 100,00", "IVA 21% | 21,00", "Importe total | 121,00")).isEqualByComparingTo("121.00");
		assertThat(total("Faktura VAT", "Wartość netto | 100,00", "VAT 23% | 23,00", "Do zapłaty | 123,00 zł")).isEqualByComparingTo("123.00");
		assertThat(total("RESIT", "JUMLAH | RM 12.50", "TUNAI | RM 20.00", "BAKI | RM 7.50")).isEqualByComparingTo("12.50");
	}

	@Test
	void findsInvoiceNumbersAfterTheirLabelsTitlesAndUnderTableHeaders() {
		assertThat(number("Handelsrechnung Nr. 47110815 vom 31.10.2018")).isEqualTo("47110815");
		assertThat(number("Rechnung des Versicherers (575) Nr. 00.123.456.7-2018-1 vom 11.03.2018"))
			.isEqualTo("00.123.456.7-2018-1");
		assertThat(number("Avoir AV-2017-0005")).isEqualTo("AV-2017-0005");
		assertThat(number("Invoice INV/2023/03/0008", "Invoice Date: | Due Date:")).isEqualTo("INV/2023/03/0008");
		assertThat(number("Booking ID | Payment Mode", "IBZY2087 | Cash at Hotel")).isEqualTo("IBZY2087");
		// an explicit number label wins over a title at the end of a row
		assertThat(number("Lieferantenstraße 20 | RECHNUNG", "80333 München | Rechnungsnummer 471102")).isEqualTo("471102");
	}

	@Test
	void theLowestOfEqualTotalsWinsAndCashIsNotATotal() {
		assertThat(total("TOTAL | 9.90", "DISCOUNT | 0.90", "TOTAL | 9.00", "CASH | 10.00", "CHANGE | 1.00"))
			.isEqualByComparingTo("9.00");
	}

	@Test
	void aTotalUnderItsLabelIsRead() {
		assertThat(total("Invoice 12", "Amount due", "$1,234.50")).isEqualByComparingTo("1234.50");
	}

	@Test
	void anAmericanInvoiceReadsItsDateMonthFirst() {
		Invoice invoice = extract("ACME Inc.", "Invoice # 4711", "Date: 03/04/2024", "Total $ 99.00").invoice();

		assertThat(invoice.invoiceDate().value()).isEqualTo(LocalDate.of(2024, 3, 4));
		assertThat(invoice.currency().value()).isEqualTo("USD");
	}

	@Test
	void anEmptyDocumentGivesAnEmptyInvoiceWithTheMissingTotalListed() {
		Extraction extraction = extract();

		assertThat(extraction.invoice().total()).isNull();
		assertThat(extraction.validation().failures()).extracting(check -> check.field()).contains("total", "invoiceDate");
	}

	@Test
	void aLogosInitialsAndTheAddressPrintedLevelWithTheVendorsNameAreNoPartOfIt() {
		// given a header of three blocks side by side: a logo's initials, the name, the address
		Invoice invoice = extract("HW | Hartmann Werbeagentur GmbH | Hauptstrasse 48", "| | 60386 Frankfurt am Main",
				"Rechnung", "Rechnungsnummer: RG-2023-207", "Gesamtbetrag: 4.715,34 EUR").invoice();

		// then the name is the name's block alone
		assertThat(invoice.vendor().name().value()).isEqualTo("Hartmann Werbeagentur GmbH");
	}

	@Test
	void wordsOfOneNameThatOcrBoxedApartStayTogether() {
		// given a receipt's name read as two boxes a letter's width apart
		TextLine initials = new TextLine("FY", 0.9, Quad.ofRectangle(100, 20, 130, 44), 1, 0);
		TextLine rest = new TextLine("EAGLE TRADING SDN BHD", 0.9, Quad.ofRectangle(142, 20, 420, 44), 1, 1);
		TextLine total = new TextLine("TOTAL 12.50", 0.9, Quad.ofRectangle(100, 200, 260, 224), 1, 2);
		List<TextLine> lines = List.of(initials, rest, total);
		OcrResult receipt = new OcrResult("image/jpeg", List.of(new PageResult(1, PagePath.OCR, 600, 800, 0, lines,
				"FY EAGLE TRADING SDN BHD\nTOTAL 12.50", Map.of())), "test", Map.of(), Map.of());

		// when
		Invoice invoice = extractor.extract(new ExtractionInput(receipt, null)).invoice();

		// then
		assertThat(invoice.vendor().name().value()).isEqualTo("FY EAGLE TRADING SDN BHD");
	}

	private String number(String... rows) {
		return extract(rows).invoice().invoiceNumber().value();
	}

	private BigDecimal total(String... rows) {
		return extract(rows).invoice().total().value();
	}

	private Extraction extract(String... rows) {
		return extractor.extract(new ExtractionInput(Pages.document(rows), null));
	}

}
