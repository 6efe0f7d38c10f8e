package io.invoiceocr.extract;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.invoiceocr.extract.normalize.DateOrder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding values in the text, whatever their printed form. */
class GroundingTest {

	private final Grounding grounding = new Grounding(DocumentText.of(Pages.document("Café Müller GmbH",
			"Hauptstraße 5 | 10115 Berlin", "Rechnung Nr. R-2024/17 | Datum: 5. März 2024", "Gesamtbetrag | 1.234,50 €",
			"CABLE TIES | 2,00")), DateOrder.DAY_FIRST);

	@Test
	void anAmountIsFoundInAnyPrintedForm() {
		assertThat(grounding.find(new BigDecimal("1234.5"))).singleElement()
			.satisfies(evidence -> assertThat(evidence.text()).isEqualTo("1.234,50 €"));
	}

	@Test
	void aDateIsFoundWrittenOut() {
		assertThat(grounding.find(LocalDate.of(2024, 3, 5))).isNotEmpty();
		assertThat(grounding.find(LocalDate.of(2024, 3, 6))).isEmpty();
	}

	@Test
	void textIsFoundRegardlessOfCaseAccentsAndPunctuation() {
		assertThat(grounding.find("CAFE MULLER GMBH")).isNotEmpty();
		assertThat(grounding.find("R-2024/17")).isNotEmpty();
		assertThat(grounding.find("Hauptstrasse 5, 10115 Berlin")).hasSize(2);
		assertThat(grounding.find("Musterweg 1")).isEmpty();
	}

	@Test
	void aShortValueMustMatchAWholeWord() {
		assertThat(grounding.find("AB")).isEmpty();
		assertThat(grounding.find("TIES")).isNotEmpty();
	}

	@Test
	void aCurrencyCodeIsFoundByItsSymbol() {
		assertThat(grounding.find("EUR")).singleElement().satisfies(evidence -> assertThat(evidence.text()).contains("€"));
		assertThat(grounding.find("USD")).isEmpty();
	}

}
