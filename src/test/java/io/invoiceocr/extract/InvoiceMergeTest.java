package io.invoiceocr.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Completing one extractor's answer with another's. */
class InvoiceMergeTest {

	@Test
	void missingAndRefusedFieldsComeFromTheFallbackAndSaySo() {
		// given the model's answer without a number and with a refused total; the rules have both
		Invoice model = new InvoiceBuilder().set(InvoiceField.TOTAL, field(new BigDecimal("999"), FieldSource.LLM))
			.set(InvoiceField.VENDOR_NAME, field("ACME", FieldSource.LLM))
			.build();
		Invoice rules = new InvoiceBuilder().set(InvoiceField.TOTAL, field(new BigDecimal("120"), FieldSource.RULES))
			.set(InvoiceField.INVOICE_NUMBER, field("INV-7", FieldSource.RULES))
			.set(InvoiceField.VENDOR_NAME, field("ACME Ltd", FieldSource.RULES))
			.build();
		List<String> taken = new ArrayList<>();

		// when
		Invoice merged = InvoiceMerge.fillGaps(model, Set.of(InvoiceField.TOTAL), rules, taken);

		// then
		assertThat(merged.total().value()).isEqualByComparingTo("120");
		assertThat(merged.total().source()).isEqualTo(FieldSource.RULES);
		assertThat(merged.invoiceNumber().source()).isEqualTo(FieldSource.RULES);
		assertThat(merged.vendor().name().value()).isEqualTo("ACME");
		assertThat(merged.vendor().name().source()).isEqualTo(FieldSource.LLM);
		assertThat(taken).containsExactly("invoiceNumber", "total");
	}

	private static <T> Field<T> field(T value, FieldSource source) {
		return Field.of(value, value.toString(), 0.8, source, List.of());
	}

}
