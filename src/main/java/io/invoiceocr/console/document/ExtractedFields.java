package io.invoiceocr.console.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The fields of a stored invoice ({@code ocr_document.invoice}), in document order: every object
 * with a {@code value} and a {@code source} is a field, wherever it stands (parties, tax lines, line
 * items), with its evidence boxes and the validation checks that name its path.
 */
final class ExtractedFields {

	private ExtractedFields() {
	}

	static List<FieldView.CheckView> checks(JsonNode invoice) {
		List<FieldView.CheckView> checks = new ArrayList<>();
		if (invoice == null) {
			return checks;
		}
		for (JsonNode check : invoice.path("validation").path("checks")) {
			checks.add(new FieldView.CheckView(check.path("name").asString(""), nullable(check.get("field")),
					check.path("passed").asBoolean(false), check.path("detail").asString("")));
		}
		return checks;
	}

	static List<FieldView> of(JsonNode invoice, List<FieldView.CheckView> checks) {
		List<FieldView> fields = new ArrayList<>();
		if (invoice != null) {
			walk(invoice, "", checks, fields);
		}
		return fields;
	}

	private static void walk(JsonNode node, String path, List<FieldView.CheckView> checks, List<FieldView> fields) {
		if (node.isObject() && node.has("value") && node.has("source")) {
			fields.add(field(node, path, checks));
			return;
		}
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> entry : node.properties()) {
				if (!entry.getKey().equals("validation")) {
					walk(entry.getValue(), path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), checks, fields);
				}
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				walk(node.get(i), path + "[" + i + "]", checks, fields);
			}
		}
	}

	private static FieldView field(JsonNode node, String path, List<FieldView.CheckView> checks) {
		List<FieldView.EvidenceBox> evidence = new ArrayList<>();
		for (JsonNode line : node.path("evidence")) {
			String points = Boxes.points(line.get("box"));
			if (points != null) {
				evidence.add(new FieldView.EvidenceBox(line.path("page").asInt(1), points, line.path("text").asString("")));
			}
		}
		List<FieldView.CheckView> own = checks.stream().filter(check -> path.equals(check.field())).toList();
		return new FieldView(path, text(node.get("value")), nullable(node.get("text")),
				node.path("confidence").asDouble(0), node.path("source").asString(""), evidence, own);
	}

	private static String text(JsonNode value) {
		return value == null || value.isNull() ? "" : value.isValueNode() ? value.asString() : value.toString();
	}

	private static String nullable(JsonNode value) {
		return value == null || value.isNull() ? null : value.asString();
	}

}
