package io.invoiceocr.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.invoiceocr.extract.normalize.DateOrder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks every extractor's invoice goes through. */
class InvoiceValidatorTest {

	private final InvoiceValidator validator = new InvoiceValidator();

	private final Grounding grounding = new Grounding(DocumentText.of(Pages.document("ACME Supplies Ltd",
			"Invoice INV-7 | Date 17/01/2024", "Widget | 100.00", "Subtotal | 100.00", "VAT 20% | 20.00",
			"Total EUR | 120.00")), DateOrder.DAY_FIRST);

	@Test
	void aValueFoundInTheTextGetsItsLineAsEvidence() {
		// given
		Invoice invoice = new InvoiceBuilder().set(InvoiceField.TOTAL, llm(new BigDecimal("120.00"), "120.00"))
			.set(InvoiceField.INVOICE_DATE, llm(LocalDate.of(2024, 1, 17), "17/01/2024"))
			.set(InvoiceField.VENDOR_NAME, llm("ACME Supplies Ltd", "ACME Supplies Ltd"))
			.build();

		// when
		InvoiceValidator.Result result = validator.validate(invoice, grounding);

		// then
		assertThat(result.invoice().total().evidence()).extracting(Evidence::text).contains("120.00");
		assertThat(result.invoice().total().evidence()).extracting(Evidence::page).containsOnly(1);
		assertThat(result.invoice().total().confidence()).isEqualTo(0.9);
		assertThat(result.invoice().invoiceDate().grounded()).isTrue();
		assertThat(result.invoice().vendor().name().grounded()).isTrue();
		assertThat(result.validation().valid()).isTrue();
	}

	@Test
	void aValueFoundNowhereIsFlaggedAndLosesHalfItsConfidence() {
		// given a total the text does not hold, as a language model might invent it
		Invoice invoice = new InvoiceBuilder().set(InvoiceField.TOTAL, llm(new BigDecimal("999.99"), "999.99"))
			.set(InvoiceField.INVOICE_DATE, llm(LocalDate.of(2024, 1, 17), "17/01/2024"))
			.build();

		// when
		InvoiceValidator.Result result = validator.validate(invoice, grounding);

		// then
		assertThat(result.invoice().total().confidence()).isEqualTo(0.45);
		assertThat(result.invoice().total().evidence()).isEmpty();
		assertThat(result.validation().failures()).singleElement().satisfies(check -> {
			assertThat(check.name()).isEqualTo("grounded");
			assertThat(check.field()).isEqualTo("total");
			assertThat(check.detail()).contains("999.99", "not in the document's text");
		});
	}

	@Test
	void amountsThatDoNotAddUpAreReportedWithTheirFigures() {
		// given subtotal + tax = 120.00, but the total says 125.00
		Invoice invoice = new InvoiceBuilder().set(InvoiceField.SUBTOTAL, llm(new BigDecimal("100.00"), "100.00"))
			.set(InvoiceField.TAX_TOTAL, llm(new BigDecimal("20.00"), "20.00"))
			.set(InvoiceField.TOTAL, llm(new BigDecimal("125.00"), "125.00"))
			.lineItems(List.of(new LineItem(llm("Widget", "Widget"), null, null, null, llm(new BigDecimal("100.00"), "100.00"),
					null)))
			.build();

		// when
		Validation validation = validator.validate(invoice, grounding).validation();

		// then
		assertThat(validation.checks()).filteredOn(check -> check.name().equals("subtotal + taxTotal = total"))
			.singleElement()
			.satisfies(check -> {
				assertThat(check.passed()).isFalse();
				assertThat(check.detail()).isEqualTo("100.00 + 20.00 = 120.00, but 125.00 is stated");
			});
		assertThat(validation.checks()).filteredOn(check -> check.name().equals("sum of lineItems = subtotal"))
			.singleElement()
			.satisfies(check -> assertThat(check.passed()).isTrue());
	}

	@Test
	void aDueDateBeforeTheInvoiceDateAndAnUnknownCurrencyFail() {
		Invoice invoice = new InvoiceBuilder().set(InvoiceField.INVOICE_DATE, llm(LocalDate.of(2024, 1, 17), "17/01/2024"))
			.set(InvoiceField.DUE_DATE, llm(LocalDate.of(2023, 12, 1), "01/12/2023"))
			.set(InvoiceField.CURRENCY, llm("EUX", "EUX"))
			.build();

		Validation validation = validator.validate(invoice, grounding).validation();

		assertThat(validation.failures()).extracting(Check::name)
			.contains("dueDate >= invoiceDate", "ISO 4217", "present");
	}

	private static <T> Field<T> llm(T value, String text) {
		return Field.of(value, text, 0.9, FieldSource.LLM, List.of());
	}

}
