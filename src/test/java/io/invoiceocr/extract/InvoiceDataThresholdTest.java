package io.invoiceocr.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class InvoiceDataThresholdTest {

	private final InvoiceDataThreshold defaults = new InvoiceDataThreshold(InvoiceDataProperties.defaults());

	@Test
	void anInvoiceWithATotalAndADateCounts() {
		Invoice invoice = new InvoiceBuilder().set(InvoiceField.TOTAL, field(new BigDecimal("119.00")))
			.set(InvoiceField.INVOICE_DATE, field(LocalDate.of(2024, 5, 1)))
			.build();

		assertThatCode(() -> defaults.check(invoice)).doesNotThrowAnyException();
	}

	@Test
	void aPageOfProseWithOnlyAVendorNameIsNoInvoiceAndTheReasonSaysWhatIsMissing() {
		// given what rules make of a letter: its first line taken for the vendor
		Invoice letter = new InvoiceBuilder().set(InvoiceField.VENDOR_NAME, field("Dear neighbours,")).build();

		// when
		ExtractionException failure = catchThrowableOfType(ExtractionException.class, () -> defaults.check(letter));

		// then
		assertThat(failure.getMessage()).contains("no total", "no invoice date", "no invoice number")
			.doesNotContain("no vendor name")
			.contains("invoice-ocr.extract.invoice-data");
	}

	@Test
	void anAmountDueStandsInForTheTotal() {
		Invoice invoice = new InvoiceBuilder().set(InvoiceField.AMOUNT_DUE, field(new BigDecimal("50")))
			.set(InvoiceField.INVOICE_NUMBER, field("A-1"))
			.build();

		assertThatCode(() -> defaults.check(invoice)).doesNotThrowAnyException();
	}

	@Test
	void theThresholdIsASetting() {
		// given a threshold that asks for no total and one key field
		InvoiceDataThreshold lenient = new InvoiceDataThreshold(new InvoiceDataProperties(false, 1));
		Invoice numberOnly = new InvoiceBuilder().set(InvoiceField.INVOICE_NUMBER, field("A-1")).build();

		// then a number alone passes it, and not the default one
		assertThatCode(() -> lenient.check(numberOnly)).doesNotThrowAnyException();
		assertThat(catchThrowableOfType(ExtractionException.class, () -> defaults.check(numberOnly))).isNotNull();
		assertThat(catchThrowableOfType(ExtractionException.class, () -> lenient.check(Invoice.EMPTY))).isNotNull();
	}

	private static <T> Field<T> field(T value) {
		return Field.of(value, value.toString(), 0.9, FieldSource.RULES, List.of());
	}

}
