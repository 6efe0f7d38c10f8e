package io.invoiceocr.extract.llm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import tools.jackson.databind.json.JsonMapper;

import io.invoiceocr.extract.InvoiceField;

/**
 * The JSON the language model answers with. Ollama turns it into a grammar (its {@code format}), so
 * that the model can only write JSON of this shape; the prompt repeats it, since the grammar alone
 * does not tell the model what a field means.
 * <p>
 * Every value is a string as printed, or null: amounts and dates are normalised by the service
 * afterwards, so that the model does not have to guess a decimal separator or a date order, and a
 * value it misread can be told apart from one the normaliser refused. Every key is required, which
 * makes the model consider each field rather than stop early; {@code lines}, the row each value was
 * read from, is optional.
 */
public final class InvoiceAnswerSchema {

	/** Keys of {@code vendor}. */
	static final List<String> VENDOR = List.of("name", "address", "taxId", "phone", "email", "iban");

	/** Keys of {@code customer}. */
	static final List<String> CUSTOMER = List.of("name", "address", "taxId");

	/** The single values at the top level, in the order the answer lists them. */
	static final List<String> SCALARS = List.of("invoiceNumber", "invoiceDate", "dueDate", "purchaseOrder",
			"currency", "subtotal", "taxTotal", "total", "amountDue", "paymentTerms");

	/** Keys of one element of {@code taxes}. */
	static final List<String> TAX = List.of("rate", "base", "amount");

	/** Keys of one element of {@code lineItems}. */
	static final List<String> LINE_ITEM = List.of("description", "quantity", "unit", "unitPrice", "amount", "taxRate");

	/** The optional object citing, per {@link InvoiceField#path()}, the row a value was read from. */
	static final String LINES = "lines";

	private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
			Map.entry("vendor", "who issued the invoice: the business at the top, with the tax id"),
			Map.entry("customer", "who is billed: after 'Bill to', 'Customer', 'Sold to'"),
			Map.entry("address", "postal address, lines joined by ', '"), Map.entry("taxId", "VAT, GST or tax number"),
			Map.entry("iban", "bank account payments go to"), Map.entry("invoiceNumber", "invoice or receipt number"),
			Map.entry("invoiceDate", "date of issue, as printed"), Map.entry("dueDate", "payment due date, as printed"),
			Map.entry("purchaseOrder", "the customer's order number"),
			Map.entry("currency", "currency code or symbol as printed"),
			Map.entry("subtotal", "net amount before tax, as printed"), Map.entry("taxTotal", "total tax, as printed"),
			Map.entry("total", "gross amount, tax included, as printed"),
			Map.entry("amountDue", "amount still to pay, as printed"),
			Map.entry("paymentTerms", "payment terms as printed"),
			Map.entry("taxes", "tax breakdown, one entry per rate"),
			Map.entry("lineItems", "the invoiced lines, in order"),
			Map.entry(LINES, "for each field found, the number of the row it was read from"));

	private static final JsonObjectSchema ROOT = root();

	private static final String JSON = JsonMapper.builder()
		.build()
		.writeValueAsString(JsonSchemaElementUtils.toMap(ROOT));

	private InvoiceAnswerSchema() {
	}

	/** The schema's root object. */
	public static JsonObjectSchema rootElement() {
		return ROOT;
	}

	/** The schema as the response format of a chat request (sent as Ollama's {@code format}). */
	public static ResponseFormat responseFormat() {
		return ResponseFormat.builder()
			.type(ResponseFormatType.JSON)
			.jsonSchema(JsonSchema.builder().name("invoice").rootElement(ROOT).build())
			.build();
	}

	/** The schema as JSON, exactly as Ollama receives it in {@code format}. */
	public static String json() {
		return JSON;
	}

	private static JsonObjectSchema root() {
		Map<String, JsonSchemaElement> properties = new LinkedHashMap<>();
		properties.put("vendor", object(VENDOR, DESCRIPTIONS.get("vendor")));
		properties.put("customer", object(CUSTOMER, DESCRIPTIONS.get("customer")));
		for (String name : SCALARS) {
			properties.put(name, nullableString(DESCRIPTIONS.get(name)));
		}
		properties.put("taxes", array(object(TAX, null), DESCRIPTIONS.get("taxes")));
		properties.put("lineItems", array(object(LINE_ITEM, null), DESCRIPTIONS.get("lineItems")));
		List<String> required = List.copyOf(properties.keySet());
		properties.put(LINES, lines());
		return JsonObjectSchema.builder().addProperties(properties).required(required).build();
	}

	private static JsonObjectSchema object(List<String> keys, String description) {
		Map<String, JsonSchemaElement> properties = new LinkedHashMap<>();
		for (String key : keys) {
			properties.put(key, nullableString(DESCRIPTIONS.get(key)));
		}
		return JsonObjectSchema.builder().description(description).addProperties(properties).required(keys).build();
	}

	private static JsonArraySchema array(JsonSchemaElement items, String description) {
		return JsonArraySchema.builder().description(description).items(items).build();
	}

	private static JsonAnyOfSchema nullableString(String description) {
		return JsonAnyOfSchema.builder()
			.description(description)
			.anyOf(new JsonStringSchema(), new JsonNullSchema())
			.build();
	}

	/** Optional keys only: the grammar must not force a row number for a field that is absent. */
	private static JsonObjectSchema lines() {
		JsonObjectSchema.Builder builder = JsonObjectSchema.builder().description(DESCRIPTIONS.get(LINES));
		for (InvoiceField field : InvoiceField.values()) {
			builder.addProperty(field.path(), new JsonIntegerSchema());
		}
		return builder.build();
	}

}
