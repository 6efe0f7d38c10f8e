package io.invoiceocr.extract.llm;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.invoiceocr.extract.InvoiceField;

import static org.assertj.core.api.Assertions.assertThat;

/** The answer's schema asks for every invoice field, as a string or null, and lets each be cited. */
class InvoiceAnswerSchemaTest {

	private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(InvoiceAnswerSchema.json());

	private static final JsonNode NULLABLE_STRING = JsonMapper.builder()
		.build()
		.readTree("[{\"type\":\"string\"},{\"type\":\"null\"}]");

	@Test
	void everyFieldIsANullableStringTheAnswerMustGive() {
		for (InvoiceField field : InvoiceField.values()) {
			JsonNode parent = SCHEMA;
			String key = field.path();
			if (key.contains(".")) {
				parent = SCHEMA.get("properties").get(key.substring(0, key.indexOf('.')));
				key = key.substring(key.indexOf('.') + 1);
			}
			assertThat(parent.get("properties").get(key).get("anyOf")).as(field.path()).isEqualTo(NULLABLE_STRING);
			assertThat(parent.get("required").valueStream().map(JsonNode::asString)).as(field.path()).contains(key);
		}
	}

	@Test
	void taxesAndLineItemsAreArraysOfObjects() {
		JsonNode properties = SCHEMA.get("properties");
		assertThat(properties.get("taxes").get("items").get("properties").propertyNames())
			.containsExactly("rate", "base", "amount");
		assertThat(properties.get("lineItems").get("items").get("properties").propertyNames())
			.containsExactly("description", "quantity", "unit", "unitPrice", "amount", "taxRate");
	}

	@Test
	void everyFieldCanBeCitedByItsRowButNoneMustBe() {
		JsonNode lines = SCHEMA.get("properties").get("lines");
		for (InvoiceField field : InvoiceField.values()) {
			assertThat(lines.get("properties").get(field.path()).get("type").asString()).isEqualTo("integer");
		}
		assertThat(lines.path("required")).isEmpty();
		assertThat(SCHEMA.get("required").valueStream().map(JsonNode::asString)).doesNotContain("lines");
	}

}
