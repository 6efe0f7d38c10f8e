package io.invoiceocr.extract.rules;

import java.time.LocalDate;

import io.invoiceocr.extract.ExtractionInput;
import io.invoiceocr.extract.Invoice;
import io.invoiceocr.extract.Pages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The amounts at an invoice's foot, chosen so that they add up. */
class TotalsByConsistencyTest {

	private final RuleBasedExtractor extractor = new RuleBasedExtractor();

	@Test
	void anArticleNumberAndADurationAreNoAmounts() {
		// given a Dutch reverse-charge invoice quoting an article and a payment term in days
		Invoice invoice = read("Factuur", "Factuurnummer | RG-2023-207", "Factuurdatum | 28.12.2023",
				"Omschrijving | Aantal | Totaal", "Brochure A4 | 2 | € 2.636,00", "Ontwerp | 1 | € 2.079,34",
				"BTW verlegd naar de afnemer (artikel 196 Richtlijn 2006/112/EG).", "Subtotaal | € 4.715,34",
				"MwSt 0% | € 0,00", "Gelieve het totaalbedrag binnen 30 dagen over te maken | Totaal | € 4.715,34",
				"Te voldoen | € 4.715,34");

		// then 196 and 30 are neither tax nor total: the 0 % tax is 0,00
		assertThat(invoice.taxTotal().value()).isEqualByComparingTo("0.00");
		assertThat(invoice.taxTotal().evidence()).extracting(evidence -> evidence.text()).containsExactly("€ 0,00");
		assertThat(invoice.total().value()).isEqualByComparingTo("4715.34");
		assertThat(invoice.subtotal().value()).isEqualByComparingTo("4715.34");
		assertThat(invoice.amountDue().value()).isEqualByComparingTo("4715.34");
	}

	@Test
	void whatWasPaidLeavesTheAmountDue() {
		// given a French invoice with a deposit paid
		Invoice invoice = read("Facture", "Numéro de facture 202500948", "Date de facture | 10 juin 2025",
				"Date limite | 24 juin 2025", "Montant total | 16 435,88 €", "Sous-total | 13 696,57 €",
				"Conditions de facturation: | TVA 20% | 2 739,31 €", "Total | 16 435,88 €", "Payé à ce jour | 4 930,76 €",
				"Montant dû | 11 505,12 €");

		// then
		assertThat(invoice.subtotal().value()).isEqualByComparingTo("13696.57");
		assertThat(invoice.taxTotal().value()).isEqualByComparingTo("2739.31");
		assertThat(invoice.total().value()).isEqualByComparingTo("16435.88");
		assertThat(invoice.amountDue().value()).isEqualByComparingTo("11505.12");
		assertThat(invoice.amountDue().evidence()).extracting(evidence -> evidence.text()).containsExactly("11 505,12 €");
		assertThat(invoice.dueDate().value()).isEqualTo(LocalDate.of(2025, 6, 24));
	}

	@Test
	void taxesOfTwoRatesAddUpToTheTaxTotal() {
		// given an English invoice with two VAT rates, one of them level with a sentence quoting a rate
		Invoice invoice = read("Invoice Number 000365", "Invoice Date | 22 February 2024", "Subtotal | £720.94",
				"Net 10. Late payments may be subject to interest at 1.5% per month. | VAT 20% | £112.99",
				"VAT 5% | £7.80", "Total | £841.73", "Paid to Date | £420.87", "Balance Due | £420.86");

		// then
		assertThat(invoice.taxTotal().value()).isEqualByComparingTo("120.79");
		assertThat(invoice.taxes()).extracting(tax -> tax.amount().value().toPlainString())
			.containsExactlyInAnyOrder("112.99", "7.80");
		assertThat(invoice.amountDue().value()).isEqualByComparingTo("420.86");
		assertThat(invoice.dueDate().value()).isEqualTo(LocalDate.of(2024, 3, 3));
	}

	@Test
	void theSumThatHoldsOutweighsTheLowerLabel() {
		// given a German invoice whose payment term mentions an amount after "Gesamt"
		Invoice invoice = read("Rechnung", "Rechnungsdatum | 29.12.2024", "Zwischensumme | 20.200,00 €",
				"MwSt. 19% | 3.838,00 €", "Gesamt | 24.038,00 €", "Bereits gezahlt | 4.038,00 €",
				"Offener Betrag | 20.000,00 €", "Gesamt der Mahngebühren | 5,00 €");

		// then the total is the one subtotal and tax add up to, and it less what was paid is due
		assertThat(invoice.total().value()).isEqualByComparingTo("24038.00");
		assertThat(invoice.amountDue().value()).isEqualByComparingTo("20000.00");
	}

	@Test
	void noTaxWhereTheTotalIsTheSubtotal() {
		// given an invoice exempt of VAT that prints no tax line
		Invoice invoice = read("FACTURE", "DATE DE FACTURE: 23/03/2024", "Prestation non soumise à la TVA (art. 259-1 du CGI).",
				"Sous-total | 3 988,03 €", "Total | 3 988,03 €");

		// then its tax is nothing
		assertThat(invoice.taxTotal().value()).isZero();
		assertThat(invoice.subtotal().value()).isEqualByComparingTo("3988.03");
	}

	@Test
	void aScannedLabelMayStandInTheRowUnderItsAmount() {
		// given a scan whose total landed a row under its amount
		Invoice invoice = read("Invoice Number 2025-1278", "Subtotal | $12,747.25", "Sales Tax 5% | $637.36",
				"Payment is due within 30 days. | Invoice Terms: | $13,384.61", " | Total", "Paid to Date | $4,015.38",
				"Balance Due | $9,369.23");

		// then the amount over the label, which adds up, is the total
		assertThat(invoice.total().value()).isEqualByComparingTo("13384.61");
		assertThat(invoice.total().evidence()).extracting(evidence -> evidence.text()).containsExactly("$13,384.61");
	}

	@Test
	void anInsurancePremiumHasItsNetPremiumItsInsuranceTaxAndWhatIsToPay() {
		// given a German insurer's premium invoice, which names its amounts after the premium (Beitrag)
		Invoice invoice = read("Beitragsrechnung | 24. Januar 2014", "Privathaftpflicht | 50,00 €",
				"Lebensgefährte/in zur Privathaftpflicht | 0,00 €", "Gesamtbeitrag | 50,00 €",
				"Versicherungsteuer 19 % | 9,50 €", "Rechnungsbeitrag | 59,50 €");

		// then
		assertThat(invoice.subtotal().value()).isEqualByComparingTo("50.00");
		assertThat(invoice.taxTotal().value()).isEqualByComparingTo("9.50");
		assertThat(invoice.total().value()).isEqualByComparingTo("59.50");
		assertThat(invoice.amountDue().value()).isEqualByComparingTo("59.50");
	}

	private Invoice read(String... rows) {
		return extractor.extract(new ExtractionInput(Pages.document(rows), null)).invoice();
	}

}
