package io.invoiceocr.extract.llm;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the model's answer and checks that it has the shape of {@link InvoiceAnswerSchema}. Ollama's
 * grammar should make any other answer impossible, but a model served without it (an older Ollama,
 * another server behind the same API) can answer anything, and a wrong shape must fail here with a
 * reason rather than as a missing field later.
 * <p>
 * Lenient where nothing is lost: missing keys read as null, unknown keys are ignored, a number where
 * a string belongs is taken as its text, and a fenced code block around the JSON is removed.
 */
final class AnswerReader {

	private static final int QUOTE_CHARS = 120;

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private AnswerReader() {
	}

	/**
	 * @return the answer's root object, of the expected shape
	 * @throws LlmException {@code INVALID_JSON} or {@code SCHEMA_VIOLATION}
	 */
	static JsonNode read(String raw) throws LlmException {
		if (raw == null || raw.isBlank()) {
			throw new LlmException(LlmException.Kind.INVALID_JSON, "the language model's answer was empty", raw);
		}
		JsonNode root;
		try {
			root = JSON.readTree(unfenced(raw));
		}
		catch (JacksonException ex) {
			throw new LlmException(LlmException.Kind.INVALID_JSON, "the language model's answer is not JSON ("
					+ ex.getOriginalMessage() + "); it begins " + quote(raw), raw);
		}
		if (!root.isObject()) {
			throw new LlmException(LlmException.Kind.SCHEMA_VIOLATION,
					"the language model's answer is " + kind(root) + ", not a JSON object with the invoice's fields",
					raw);
		}
		List<String> violations = new ArrayList<>();
		checkObject(root, "vendor", InvoiceAnswerSchema.VENDOR, violations);
		checkObject(root, "customer", InvoiceAnswerSchema.CUSTOMER, violations);
		checkScalars(root, "", InvoiceAnswerSchema.SCALARS, violations);
		checkArray(root, "taxes", InvoiceAnswerSchema.TAX, violations);
		checkArray(root, "lineItems", InvoiceAnswerSchema.LINE_ITEM, violations);
		JsonNode lines = root.get(InvoiceAnswerSchema.LINES);
		if (present(lines) && !lines.isObject()) {
			violations.add(InvoiceAnswerSchema.LINES + " is " + kind(lines) + " where an object belongs");
		}
		if (!violations.isEmpty()) {
			throw new LlmException(LlmException.Kind.SCHEMA_VIOLATION,
					"the language model's answer is JSON but not of the invoice's shape: "
							+ String.join("; ", violations),
					raw);
		}
		return root;
	}

	/** Whether a value may stand where the schema has a string: a string, or a number taken as its text. */
	static boolean scalar(JsonNode node) {
		return node.isString() || node.isNumber();
	}

	static boolean present(JsonNode node) {
		return node != null && !node.isNull() && !node.isMissingNode();
	}

	private static void checkObject(JsonNode parent, String name, List<String> keys, List<String> violations) {
		JsonNode node = parent.get(name);
		if (!present(node)) {
			return;
		}
		if (!node.isObject()) {
			violations.add(name + " is " + kind(node) + " where an object belongs");
			return;
		}
		checkScalars(node, name + ".", keys, violations);
	}

	private static void checkArray(JsonNode parent, String name, List<String> keys, List<String> violations) {
		JsonNode node = parent.get(name);
		if (!present(node)) {
			return;
		}
		if (!node.isArray()) {
			violations.add(name + " is " + kind(node) + " where an array belongs");
			return;
		}
		for (int i = 0; i < node.size(); i++) {
			JsonNode element = node.get(i);
			String path = name + "[" + i + "]";
			if (element.isObject()) {
				checkScalars(element, path + ".", keys, violations);
			}
			else if (present(element)) {
				violations.add(path + " is " + kind(element) + " where an object belongs");
			}
		}
	}

	private static void checkScalars(JsonNode parent, String prefix, List<String> keys, List<String> violations) {
		for (String key : keys) {
			JsonNode node = parent.get(key);
			if (present(node) && !scalar(node)) {
				violations.add(prefix + key + " is " + kind(node) + " where a string or null belongs");
			}
		}
	}

	/** The JSON inside a Markdown code fence, which some models put around their answer. */
	private static String unfenced(String raw) {
		String text = raw.strip();
		if (text.startsWith("```") && text.endsWith("```") && text.length() > 6) {
			int firstLineEnd = text.indexOf('\n');
			if (firstLineEnd > 0) {
				return text.substring(firstLineEnd + 1, text.length() - 3);
			}
		}
		return text;
	}

	private static String kind(JsonNode node) {
		if (node.isObject()) {
			return "an object";
		}
		if (node.isArray()) {
			return "an array";
		}
		if (node.isBoolean()) {
			return "a boolean";
		}
		if (node.isNumber()) {
			return "a number";
		}
		if (node.isString()) {
			return "a string";
		}
		return "null";
	}

	private static String quote(String raw) {
		String text = raw.strip().replaceAll("\\s+", " ");
		return "\"" + (text.length() <= QUOTE_CHARS ? text : text.substring(0, QUOTE_CHARS) + "...") + "\"";
	}

}
