package io.invoiceocr.extract.rules;

import java.time.LocalDate;

import io.invoiceocr.extract.ExtractionInput;
import io.invoiceocr.extract.Invoice;
import io.invoiceocr.extract.Pages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Due dates printed, asked for in a sentence or counted from the invoice date, and the order of day and month. */
class DueDatesAndDateOrderTest {

	private final RuleBasedExtractor extractor = new RuleBasedExtractor();

	@Test
	void dueDatesLabelledInEachLanguage() {
		assertThat(due("Rechnungsdatum: 01.02.2024", "Zahlbar bis: 15.02.2024")).isEqualTo(LocalDate.of(2024, 2, 15));
		assertThat(due("Factuurdatum 01-02-2024", "Vervaldatum 15-02-2024")).isEqualTo(LocalDate.of(2024, 2, 15));
		assertThat(due("Date de facture 01/02/2024", "Date d'échéance 15/02/2024")).isEqualTo(LocalDate.of(2024, 2, 15));
		assertThat(due("Fecha de factura 01/02/2024", "Fecha de vencimiento 15/02/2024")).isEqualTo(LocalDate.of(2024, 2, 15));
		assertThat(due("Data fattura 01/02/2024", "Data scadenza 15/02/2024")).isEqualTo(LocalDate.of(2024, 2, 15));
		assertThat(due("Data wystawienia 01.02.2024", "Termin płatności 15.02.2024")).isEqualTo(LocalDate.of(2024, 2, 15));
		assertThat(due("FACTUURDATUM: 16.08.2023 | BETALING VERSCHULDIGD: 15.10.2023")).isEqualTo(LocalDate.of(2023, 10, 15));
	}

	@Test
	void aTermOfDaysCountsFromTheInvoiceDate() {
		assertThat(due("Rechnungsdatum: 05.03.2024", "Zahlbar innerhalb 14 Tagen ohne Abzug.")).isEqualTo(LocalDate.of(2024, 3, 19));
		assertThat(due("Factuurdatum: 05-03-2024", "Betaling binnen 30 dagen na factuurdatum.")).isEqualTo(LocalDate.of(2024, 4, 4));
		assertThat(due("Invoice date: 05 Mar 2024", "Terms: Net 30")).isEqualTo(LocalDate.of(2024, 4, 4));
		assertThat(due("Date de facture : 05/03/2024", "Paiement à 30 jours à compter de la date de facture.")).isEqualTo(LocalDate.of(2024, 4, 4));
		assertThat(due("Fecha: 05/03/2024", "Forma de pago: transferencia a 30 días")).isEqualTo(LocalDate.of(2024, 4, 4));
		assertThat(due("Data wystawienia: 05.03.2024", "Zapłata w terminie 14 dni")).isEqualTo(LocalDate.of(2024, 3, 19));
	}

	@Test
	void aPrintedDueDateWinsOverATermAndADiscountsTermIsNone() {
		assertThat(due("Invoice Date: 07 Feb 2024", "Due Date: 08 Mar 2024", "Payment is due within 7 days."))
			.isEqualTo(LocalDate.of(2024, 3, 8));
		assertThat(extract("Rechnungsdatum: 05.03.2024", "2 % Skonto innerhalb 10 Tagen").dueDate()).isNull();
	}

	@Test
	void aDateThePaymentIsAskedBy() {
		assertThat(due("Date de facture 26/02/2023", "Règlement par virement bancaire avant le 05/03/2023."))
			.isEqualTo(LocalDate.of(2023, 3, 5));
	}

	@Test
	void dayOrMonthFirstIsTheDocumentsOwn() {
		// a US invoice prints month first: 08/05/2024 is 5 August
		Invoice us = extract("Prairie Technologies LLC", "Raleigh, NC 27644", "Invoice Date | 08/05/2024", "Total | $95.00");
		assertThat(us.invoiceDate().value()).isEqualTo(LocalDate.of(2024, 8, 5));
		// a date on the page that reads one way only settles it, whatever the currency
		Invoice french = extract("EIN 33-4724155", "Phoenix, AZ 85085", "DATE DE FACTURE: 23/03/2024", "PAIEMENT DÛ: 07/05/2024",
				"Total | 3 988,03 $");
		assertThat(french.dueDate().value()).isEqualTo(LocalDate.of(2024, 5, 7));
		// a British invoice in pounds prints day first
		Invoice british = extract("Manchester M1 1AB", "Invoice Date | 08/05/2024", "Total | £95.00");
		assertThat(british.invoiceDate().value()).isEqualTo(LocalDate.of(2024, 5, 8));
	}

	private LocalDate due(String... rows) {
		return extract(rows).dueDate().value();
	}

	private Invoice extract(String... rows) {
		return extractor.extract(new ExtractionInput(Pages.document(rows), null)).invoice();
	}

}
