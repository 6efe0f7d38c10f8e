package io.invoiceocr.extract.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.Invoice;
import io.invoiceocr.extract.LineItem;
import io.invoiceocr.extract.TaxLine;

class CiiInvoiceMapperTest {

	@Test
	void readsEveryFieldOfAFacturXInvoice() throws Exception {
		// when
		Invoice invoice = read(InvoiceXmls.CII).invoice();

		// then
		assertThat(invoice.invoiceNumber().value()).isEqualTo("F-2024-0042");
		assertThat(invoice.invoiceDate().value()).isEqualTo(LocalDate.of(2024, 3, 15));
		assertThat(invoice.dueDate().value()).isEqualTo(LocalDate.of(2024, 4, 14));
		assertThat(invoice.paymentTerms().value()).isEqualTo("Paiement à 30 jours");
		assertThat(invoice.purchaseOrder().value()).isEqualTo("PO-7781");
		assertThat(invoice.currency().value()).isEqualTo("EUR");
		assertThat(invoice.vendor().name().value()).isEqualTo("Atelier Lumière SARL");
		assertThat(invoice.vendor().address().value())
			.isEqualTo("12 rue des Teinturiers, Bâtiment B, 84000 Avignon, FR");
		assertThat(invoice.vendor().taxId().value()).isEqualTo("FR32123456789");
		assertThat(invoice.vendor().phone().value()).isEqualTo("+33 4 90 12 34 56");
		assertThat(invoice.vendor().email().value()).isEqualTo("compta@atelier-lumiere.fr");
		assertThat(invoice.vendor().iban().value()).isEqualTo("FR7630006000011234567890189");
		assertThat(invoice.customer().name().value()).isEqualTo("Müller Maschinenbau GmbH");
		assertThat(invoice.customer().address().value()).isEqualTo("Industriestraße 5, 70173 Stuttgart, DE");
		assertThat(invoice.customer().taxId().value()).isEqualTo("DE123456789");
		assertThat(invoice.subtotal().value()).isEqualByComparingTo("1150.00");
		assertThat(invoice.taxTotal().value()).isEqualByComparingTo("230.00");
		assertThat(invoice.total().value()).isEqualByComparingTo("1380.00");
		assertThat(invoice.amountDue().value()).isEqualByComparingTo("1000.00");
		assertThat(invoice.taxes()).singleElement().satisfies(tax -> {
			assertThat(tax.rate().value()).isEqualByComparingTo("20");
			assertThat(tax.base().value()).isEqualByComparingTo("1150.00");
			assertThat(tax.amount().value()).isEqualByComparingTo("230.00");
		});
		assertThat(invoice.lineItems()).hasSize(2);
		LineItem travel = invoice.lineItems().get(1);
		assertThat(travel.description().value()).isEqualTo("Frais de déplacement");
		assertThat(travel.quantity().value()).isEqualByComparingTo("1");
		assertThat(travel.unit().value()).isEqualTo("C62");
		assertThat(travel.unitPrice().value()).isEqualByComparingTo("150.00");
		assertThat(travel.amount().value()).isEqualByComparingTo("150.00");
		assertThat(travel.taxRate().value()).isEqualByComparingTo("20");
	}

	@Test
	void putsAWrappedNameOnOneLineAndKeepsItAsWritten() throws Exception {
		// when
		LineItem consulting = read(InvoiceXmls.CII).invoice().lineItems().get(0);

		// then
		assertThat(consulting.description().value()).isEqualTo("Conseil en organisation");
		assertThat(consulting.description().text()).startsWith("Conseil\n").endsWith(" en organisation");
	}

	@Test
	void dividesTheNetPriceByItsBasisQuantity() throws Exception {
		// when
		LineItem consulting = read(InvoiceXmls.CII).invoice().lineItems().get(0);

		// then: 1250.00 per 10 hours
		assertThat(consulting.unitPrice().value()).isEqualByComparingTo("125");
		assertThat(consulting.unitPrice().text()).isEqualTo("1250.00");
		assertThat(consulting.quantity().value()).isEqualByComparingTo("8");
		assertThat(consulting.unit().value()).isEqualTo("HUR");
	}

	@Test
	void takesTheTaxTotalInTheInvoiceCurrencyWhenTheTaxCurrencyDiffers() throws Exception {
		// given: an invoice in pounds whose seller accounts for tax in euros
		String xml = InvoiceXmls.CII.replace("<ram:InvoiceCurrencyCode>EUR", "<ram:InvoiceCurrencyCode>GBP")
			.replace("<ram:TaxTotalAmount currencyID=\"EUR\">230.00</ram:TaxTotalAmount>",
					"<ram:TaxTotalAmount currencyID=\"EUR\">268.20</ram:TaxTotalAmount>"
							+ "<ram:TaxTotalAmount currencyID=\"GBP\">230.00</ram:TaxTotalAmount>");

		// when
		Invoice invoice = read(xml).invoice();

		// then
		assertThat(invoice.currency().value()).isEqualTo("GBP");
		assertThat(invoice.taxTotal().value()).isEqualByComparingTo("230.00");
	}

	@Test
	void givesTheSellerItsTaxNumberWhenItHasNoVatId() throws Exception {
		// given
		String xml = InvoiceXmls.CII.replace("schemeID=\"VA\">FR 32 123456789", "schemeID=\"FC\">123/456/78901");

		// when
		Invoice invoice = read(xml).invoice();

		// then
		assertThat(invoice.vendor().taxId().value()).isEqualTo("123/456/78901");
	}

	@Test
	void prefersTheSellerVatIdToItsTaxNumber() throws Exception {
		// given
		String taxNumber = "<ram:SpecifiedTaxRegistration><ram:ID schemeID=\"FC\">123/456/78901</ram:ID>"
				+ "</ram:SpecifiedTaxRegistration>";
		String xml = InvoiceXmls.CII.replace("<ram:SpecifiedTaxRegistration><ram:ID schemeID=\"VA\">FR 32",
				taxNumber + "<ram:SpecifiedTaxRegistration><ram:ID schemeID=\"VA\">FR 32");

		// when
		Invoice invoice = read(xml).invoice();

		// then
		assertThat(invoice.vendor().taxId().value()).isEqualTo("FR32123456789");
	}

	@Test
	void takesTheCurrencyFromTheAmountsWhenTheCodeIsEmpty() throws Exception {
		// given
		String xml = InvoiceXmls.CII.replace("<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>",
				"<ram:InvoiceCurrencyCode/>")
			.replace("<ram:GrandTotalAmount>", "<ram:GrandTotalAmount currencyID=\"CHF\">");

		// when
		Invoice invoice = read(xml).invoice();

		// then
		assertThat(invoice.currency().value()).isEqualTo("CHF");
	}

	@Test
	void readsAZugferd1InvoiceLeavingOutLinesThatOnlyCarryANote() throws Exception {
		// when
		EmbeddedInvoice embedded = read(InvoiceXmls.ZUGFERD_1);

		// then
		assertThat(embedded.syntax()).isEqualTo(EmbeddedInvoice.ZUGFERD_1);
		assertThat(embedded.guideline()).isEqualTo("urn:ferd:CrossIndustryDocument:invoice:1p0:basic");
		Invoice invoice = embedded.invoice();
		assertThat(invoice.invoiceNumber().value()).isEqualTo("471102");
		assertThat(invoice.invoiceDate().value()).isEqualTo(LocalDate.of(2013, 3, 5));
		assertThat(invoice.purchaseOrder().value()).isEqualTo("2013-471331");
		assertThat(invoice.vendor().taxId().value()).isEqualTo("201/113/40209");
		assertThat(invoice.vendor().address().value()).isEqualTo("Lieferantenstraße 20, 80333 München, DE");
		assertThat(invoice.customer().address()).isNull();
		assertThat(invoice.total().value()).isEqualByComparingTo("235.62");
		assertThat(invoice.amountDue()).isNull();
		assertThat(invoice.taxes()).extracting(TaxLine::rate)
			.extracting(Field::value)
			.containsExactly(new BigDecimal("19.00"));
		assertThat(invoice.lineItems()).singleElement().satisfies(line -> {
			assertThat(line.description().value()).isEqualTo("Trennblätter A4");
			assertThat(line.unitPrice().value()).isEqualByComparingTo("9.90");
			assertThat(line.taxRate().value()).isEqualByComparingTo("19");
		});
	}

	@Test
	void refusesAnAmountThatIsNotANumber() {
		// given
		String xml = InvoiceXmls.CII.replace("<ram:GrandTotalAmount>1380.00", "<ram:GrandTotalAmount>1.380,00");

		// when, then
		assertThatExceptionOfType(EmbeddedInvoiceException.class).isThrownBy(() -> read(xml))
			.withMessage("the embedded factur-x.xml is not a valid CII invoice: ram:GrandTotalAmount holds '1.380,00',"
					+ " which is not a decimal number");
	}

	@Test
	void refusesADateThatIsNotADay() {
		// given
		String xml = InvoiceXmls.CII.replace(">20240315<", ">20240231<");

		// when, then
		assertThatExceptionOfType(EmbeddedInvoiceException.class).isThrownBy(() -> read(xml))
			.withMessageContaining("ram:IssueDateTime holds '20240231', which is not a date in format 102");
	}

	private static EmbeddedInvoice read(String xml) throws EmbeddedInvoiceException {
		return InvoiceXmlReader.read("factur-x.xml", xml.getBytes(StandardCharsets.UTF_8));
	}

}
