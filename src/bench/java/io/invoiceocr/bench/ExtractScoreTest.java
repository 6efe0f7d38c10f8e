package io.invoiceocr.bench;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.InvoiceBuilder;
import io.invoiceocr.extract.InvoiceField;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** How extracted values are held against the ground truth. */
class ExtractScoreTest {

	@Test
	void valuesAreComparedAfterNormalisation() {
		assertThat(ExtractScore.matches(ExtractLayout.Compare.AMOUNT, "RM 80.90", new BigDecimal("80.9"))).isTrue();
		assertThat(ExtractScore.matches(ExtractLayout.Compare.AMOUNT, "80.90", new BigDecimal("80.99"))).isFalse();
		assertThat(ExtractScore.matches(ExtractLayout.Compare.DATE, "25/12/2018", LocalDate.of(2018, 12, 25))).isTrue();
		assertThat(ExtractScore.matches(ExtractLayout.Compare.DATE, "2014-08-03", LocalDate.of(2014, 8, 3))).isTrue();
		assertThat(ExtractScore.matches(ExtractLayout.Compare.TEXT, "NO.53, JALAN BESAR", "No. 53 Jalan Besar")).isTrue();
		assertThat(ExtractScore.matches(ExtractLayout.Compare.TEXT, "ACME", "ACME GmbH")).isFalse();
		assertThat(ExtractScore.matches(ExtractLayout.Compare.TEXT_PART, "ACME", "ACME GmbH")).isTrue();
		assertThat(ExtractScore.matches(ExtractLayout.Compare.CODE, "eur", "EUR")).isTrue();
		assertThat(ExtractScore.matches(ExtractLayout.Compare.TEXT, "ACME", null)).isFalse();
	}

	@Test
	void aFieldMissingFromTheTruthIsNotScoredAndAMissIsListed() {
		// given a receipt whose truth has a total and no address
		JsonMapper json = JsonMapper.builder().build();
		ExtractDataset.Case receipt = new ExtractDataset.Case("r1", null, null,
				json.readTree("{\"company\": \"SHOP\", \"date\": \"01/02/2018\", \"total\": \"9.00\", \"address\": null}"));
		ExtractScore score = new ExtractScore(ExtractLayout.SROIE);

		// when the extractor got the company and the date, and the total wrong
		score.add(receipt, new InvoiceBuilder().set(InvoiceField.VENDOR_NAME, field("Shop"))
			.set(InvoiceField.INVOICE_DATE, field(LocalDate.of(2018, 2, 1)))
			.set(InvoiceField.TOTAL, field(new BigDecimal("9.50")))
			.build());

		// then
		assertThat(score.tallies().get("company")).isEqualTo(new ExtractScore.Tally(1, 1));
		assertThat(score.tallies().get("address")).isEqualTo(new ExtractScore.Tally(0, 0));
		assertThat(score.tallies().get("total")).isEqualTo(new ExtractScore.Tally(0, 1));
		assertThat(score.misses()).containsExactly(new ExtractScore.Miss("r1", "total", "9.00", new BigDecimal("9.50")));
		assertThat(score.meanAccuracy()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void fieldsAreCountedPerDesignOrElsePerLocale() {
		// given two receipts, one of a named design and one known only by its locale
		JsonMapper json = JsonMapper.builder().build();
		ExtractScore score = new ExtractScore(ExtractLayout.SROIE);
		ExtractDataset.Case designed = new ExtractDataset.Case("r1", null, null,
				json.readTree("{\"company\": \"SHOP\", \"total\": \"9.00\", \"_about\": {\"design\": \"modern\", \"locale\": \"en_GB\"}}"));
		ExtractDataset.Case local = new ExtractDataset.Case("r2", null, null,
				json.readTree("{\"company\": \"SHOP\", \"_about\": {\"locale\": \"de_DE\"}}"));

		// when the first has its company right and its total wrong, the second its company right
		score.add(designed, new InvoiceBuilder().set(InvoiceField.VENDOR_NAME, field("Shop"))
			.set(InvoiceField.TOTAL, field(new BigDecimal("9.50")))
			.build());
		score.add(local, new InvoiceBuilder().set(InvoiceField.VENDOR_NAME, field("Shop")).build());

		// then each group says how many of its fields were right
		assertThat(score.render("t")).contains("design modern 50.0% (1/2)").contains("locale de_DE 100.0% (1/1)");
	}

	@Test
	void lineItemsAreRightWhenTheAmountIsEqualAndTheDescriptionMatches() {
		// given an invoice with three items in its truth
		JsonMapper json = JsonMapper.builder().build();
		ExtractDataset.Case invoice = new ExtractDataset.Case("i1", null, null, json.readTree("""
				{"line_items": [{"description": "Copywriting (per page)", "amount": 191.26},
				                {"description": "Business cards, 500", "amount": 49.00},
				                {"description": "Logo design", "amount": 600.00}]}"""));
		ExtractScore score = new ExtractScore(ExtractLayout.INVOICES);

		// when the extractor found the first (its description cut short), the second with a wrong
		// amount, and an item that is not there
		score.add(invoice, new InvoiceBuilder().lineItems(java.util.List.of(item("Copywriting", "191.26"),
				item("Business cards, 500", "4900"), item("Thank you for your business", "600.00"))).build());

		// then one of three is right, of three predicted
		double[] scores = score.itemScores();
		assertThat(scores[0]).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(scores[1]).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(score.misses()).extracting(ExtractScore.Miss::expected)
			.containsExactly("Business cards, 500 = 49.0", "Logo design = 600.0");
		assertThat(score.tallies()).doesNotContainKey("line_items");
	}

	private static io.invoiceocr.extract.LineItem item(String description, String amount) {
		return new io.invoiceocr.extract.LineItem(field(description), null, null, null, field(new BigDecimal(amount)), null);
	}

	private static <T> Field<T> field(T value) {
		return Field.of(value, value.toString(), 0.8, FieldSource.RULES, java.util.List.of());
	}

}
