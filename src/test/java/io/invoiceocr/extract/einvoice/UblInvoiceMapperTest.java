package io.invoiceocr.extract.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.invoiceocr.extract.Invoice;
import io.invoiceocr.extract.LineItem;

class UblInvoiceMapperTest {

	@Test
	void readsEveryFieldOfAnXRechnungInvoice() throws Exception {
		// when
		EmbeddedInvoice embedded = read(InvoiceXmls.UBL_INVOICE);

		// then
		assertThat(embedded.syntax()).isEqualTo(EmbeddedInvoice.UBL);
		Invoice invoice = embedded.invoice();
		assertThat(invoice.invoiceNumber().value()).isEqualTo("RE-2024-118");
		assertThat(invoice.invoiceDate().value()).isEqualTo(LocalDate.of(2024, 5, 2));
		assertThat(invoice.dueDate().value()).isEqualTo(LocalDate.of(2024, 6, 1));
		assertThat(invoice.paymentTerms().value()).isEqualTo("Zahlbar innerhalb von 30 Tagen ohne Abzug");
		assertThat(invoice.purchaseOrder().value()).isEqualTo("BE-5531");
		assertThat(invoice.currency().value()).isEqualTo("EUR");
		assertThat(invoice.vendor().name().value()).isEqualTo("Schreinerei Holz GmbH");
		assertThat(invoice.vendor().address().value()).isEqualTo("Sägewerkstraße 3, 79098 Freiburg, DE");
		assertThat(invoice.vendor().taxId().value()).isEqualTo("DE298765432");
		assertThat(invoice.vendor().phone().value()).isEqualTo("+49 761 123456");
		assertThat(invoice.vendor().email().value()).isEqualTo("eva@schreinerei-holz.de");
		assertThat(invoice.vendor().iban().value()).isEqualTo("DE02120300000000202051");
		assertThat(invoice.customer().name().value()).isEqualTo("Stadt Freiburg");
		assertThat(invoice.customer().address().value())
			.isEqualTo("Rathausplatz 2, Amt für Liegenschaften, 79098 Freiburg, DE");
		assertThat(invoice.customer().taxId()).isNull();
		assertThat(invoice.subtotal().value()).isEqualByComparingTo("900.00");
		assertThat(invoice.taxTotal().value()).isEqualByComparingTo("171.00");
		assertThat(invoice.total().value()).isEqualByComparingTo("1071.00");
		assertThat(invoice.amountDue().value()).isEqualByComparingTo("1071.00");
		assertThat(invoice.taxes()).singleElement().satisfies(tax -> {
			assertThat(tax.rate().value()).isEqualByComparingTo("19");
			assertThat(tax.base().value()).isEqualByComparingTo("900.00");
			assertThat(tax.amount().value()).isEqualByComparingTo("171.00");
		});
		assertThat(invoice.lineItems()).extracting(line -> line.description().value())
			.containsExactly("Montage Einbauschrank", "Scharniere Edelstahl");
	}

	@Test
	void dividesThePriceByItsBaseQuantity() throws Exception {
		// when
		LineItem hinges = read(InvoiceXmls.UBL_INVOICE).invoice().lineItems().get(1);

		// then: 4000.00 per 100 pieces
		assertThat(hinges.unitPrice().value()).isEqualByComparingTo("40");
		assertThat(hinges.quantity().value()).isEqualByComparingTo("3");
		assertThat(hinges.unit().value()).isEqualTo("H87");
		assertThat(hinges.amount().value()).isEqualByComparingTo("120.00");
		assertThat(hinges.taxRate().value()).isEqualByComparingTo("19");
	}

	@Test
	void takesTheTaxTotalInTheDocumentCurrency() throws Exception {
		// given: the tax also stated in the seller's tax currency, listed first
		String xml = InvoiceXmls.UBL_INVOICE.replace("<cac:TaxTotal>",
				"<cac:TaxTotal><cbc:TaxAmount currencyID=\"CHF\">165.30</cbc:TaxAmount></cac:TaxTotal><cac:TaxTotal>");

		// when
		Invoice invoice = read(xml).invoice();

		// then
		assertThat(invoice.taxTotal().value()).isEqualByComparingTo("171.00");
		assertThat(invoice.taxes()).hasSize(1);
	}

	@Test
	void readsACreditNote() throws Exception {
		// when
		EmbeddedInvoice embedded = read(InvoiceXmls.UBL_CREDIT_NOTE);

		// then
		assertThat(embedded.syntax()).isEqualTo(EmbeddedInvoice.UBL);
		Invoice invoice = embedded.invoice();
		assertThat(invoice.invoiceNumber().value()).isEqualTo("GS-2024-007");
		assertThat(invoice.dueDate().value()).isEqualTo(LocalDate.of(2024, 5, 30));
		assertThat(invoice.vendor().name().value()).isEqualTo("Schreinerei Holz GmbH");
		assertThat(invoice.taxTotal().value()).isEqualByComparingTo("7.60");
		assertThat(invoice.taxes()).isEmpty();
		assertThat(invoice.total().value()).isEqualByComparingTo("47.60");
		assertThat(invoice.lineItems()).singleElement().satisfies(line -> {
			assertThat(line.description().value()).isEqualTo("Scharniere, zurückgesandt");
			assertThat(line.quantity().value()).isEqualByComparingTo("1");
			assertThat(line.amount().value()).isEqualByComparingTo("40.00");
		});
	}

	private static EmbeddedInvoice read(String xml) throws EmbeddedInvoiceException {
		return InvoiceXmlReader.read("xrechnung.xml", xml.getBytes(StandardCharsets.UTF_8));
	}

}
