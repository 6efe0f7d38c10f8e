package io.invoiceocr.console.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractedFieldsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void everyFieldWhereverItStandsComesWithItsEvidenceBoxesAndItsChecks() {
		// given an invoice as stored: a top-level field, a party's field, a line item's, and the validation
		JsonNode invoice = JSON.readTree("""
				{"vendor": {"name": {"value": "Acme GmbH", "text": "ACME GmbH", "confidence": 0.7, "source": "RULES",
				   "evidence": [{"page": 1, "line": 0, "box": {"topLeft": {"x": 10, "y": 20}, "topRight": {"x": 110, "y": 20},
				     "bottomRight": {"x": 110, "y": 32}, "bottomLeft": {"x": 10, "y": 32}}, "text": "ACME GmbH"}]}},
				 "total": {"value": 1424.16, "text": "EUR 1,424.16", "confidence": 0.85, "source": "RULES", "evidence": [
				   {"page": 2, "line": 51, "box": {"topLeft": {"x": 400, "y": 700}, "topRight": {"x": 539, "y": 700},
				     "bottomRight": {"x": 539, "y": 712}, "bottomLeft": {"x": 400, "y": 712}}, "text": "Total EUR 1,424.16"}]},
				 "lineItems": [{"amount": {"value": 249.0, "text": "249.00", "confidence": 0.6, "source": "RULES", "evidence": []}}],
				 "validation": {"checks": [
				   {"name": "subtotal + taxTotal = total", "field": "total", "passed": true, "detail": "1186.80 + 237.36"},
				   {"name": "required", "field": "invoiceNumber", "passed": false, "detail": "missing"}]}}
				""");

		// when
		List<FieldView.CheckView> checks = ExtractedFields.checks(invoice);
		List<FieldView> fields = ExtractedFields.of(invoice, checks);

		// then
		assertThat(fields).extracting(FieldView::path).containsExactly("vendor.name", "total", "lineItems[0].amount");
		FieldView total = fields.get(1);
		assertThat(total.value()).isEqualTo("1424.16");
		assertThat(total.printed()).isEqualTo("EUR 1,424.16");
		assertThat(total.confidencePercent()).isEqualTo("85%");
		assertThat(total.evidence()).singleElement().satisfies(box -> {
			assertThat(box.page()).isEqualTo(2);
			assertThat(box.points()).isEqualTo("400.0,700.0 539.0,700.0 539.0,712.0 400.0,712.0");
		});
		assertThat(total.checks()).extracting(FieldView.CheckView::name).containsExactly("subtotal + taxTotal = total");
		assertThat(fields.get(2).grounded()).isFalse();
		assertThat(checks).hasSize(2);
	}

	@Test
	void aPageCarriesItsLinesAndTheEvidenceOfTheFieldsReadOnIt() {
		// given the OCR metadata of two pages and a field read on the second
		JsonNode metadata = JSON.readTree("""
				{"pages": [{"number": 1, "path": "TEXT_LAYER", "width": 595.0, "height": 842.0,
				            "lines": [{"text": "INVOICE", "box": [[10, 10], [90, 10], [90, 24], [10, 24]]}]},
				           {"number": 2, "path": "OCR", "width": 1240, "height": 1754, "lines": []}]}
				""");
		FieldView total = new FieldView("total", "1.00", "1.00", 0.9, "RULES",
				List.of(new FieldView.EvidenceBox(2, "1,2 3,2 3,4 1,4", "Total 1.00")), List.of());

		// when
		List<PageView> pages = PageViews.of(metadata, List.of(total));

		// then
		assertThat(pages).hasSize(2);
		assertThat(pages.get(0).viewBox()).isEqualTo("0 0 595.0 842.0");
		assertThat(pages.get(0).lines()).singleElement()
			.satisfies(line -> assertThat(line.points()).isEqualTo("10.0,10.0 90.0,10.0 90.0,24.0 10.0,24.0"));
		assertThat(pages.get(0).evidence()).isEmpty();
		assertThat(pages.get(1).evidence()).singleElement().satisfies(box -> assertThat(box.field()).isEqualTo("total"));
	}

}
