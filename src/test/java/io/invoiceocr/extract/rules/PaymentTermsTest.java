package io.invoiceocr.extract.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Terms of days read from payment sentences. */
class PaymentTermsTest {

	@Test
	void readsTheDaysAndWhereTheyArePrinted() {
		PaymentTerms.Term term = PaymentTerms.in("Bitte zahlbar innerhalb von 14 Tagen ohne Abzug").orElseThrow();
		assertThat(term.days()).isEqualTo(14);
		assertThat("Bitte zahlbar innerhalb von 14 Tagen ohne Abzug".substring(term.start(), term.end()))
			.isEqualTo("innerhalb von 14 Tagen");
		assertThat(PaymentTerms.in("Net 10. Late payments may be subject to interest").orElseThrow().days()).isEqualTo(10);
		assertThat(PaymentTerms.in("entro 60 giorni data fattura").orElseThrow().days()).isEqualTo(60);
	}

	@Test
	void readsNoTermFromTheEndOfMonthADiscountOrANumberOfDaysBeyondAnyTerm() {
		assertThat(PaymentTerms.in("30 jours fin de mois")).isEmpty();
		assertThat(PaymentTerms.in("2% Skonto innerhalb 10 Tagen")).isEmpty();
		assertThat(PaymentTerms.in("within 900 days")).isEmpty();
		assertThat(PaymentTerms.in("Vielen Dank für Ihren Auftrag")).isEmpty();
	}

}
