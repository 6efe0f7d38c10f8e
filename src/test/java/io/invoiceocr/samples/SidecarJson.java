package io.invoiceocr.samples;

/** The ground-truth sidecar of a sample ({@code <file>.expected.json}): the fields printed on it. */
final class SidecarJson {

	private SidecarJson() {
	}

	/** Hand-written so the layout is fixed: key order, two-space indent, '\n' line ends on every OS. */
	static String toJson(Invoice inv) {
		StringBuilder json = new StringBuilder("{\n");
		field(json, "file", inv.fileName());
		field(json, "vendorName", inv.vendor().name());
		field(json, "vendorTaxId", inv.vendor().taxId());
		field(json, "invoiceNumber", inv.number());
		field(json, "invoiceDate", inv.date().toString());
		field(json, "dueDate", inv.dueDate() == null ? null : inv.dueDate().toString());
		field(json, "currency", inv.currency());
		field(json, "subtotal", inv.subtotal().toPlainString());
		field(json, "taxTotal", inv.tax().toPlainString());
		field(json, "total", inv.total().toPlainString());
		json.append("  \"lineItems\": [\n");
		for (int i = 0; i < inv.lines().size(); i++) {
			lineItem(json, inv.lines().get(i));
			json.append(i < inv.lines().size() - 1 ? ",\n" : "\n");
		}
		return json.append("  ]\n}\n").toString();
	}

	private static void lineItem(StringBuilder json, Line line) {
		json.append("    {")
			.append("\"description\": ").append(quote(line.description()))
			.append(", \"quantity\": ").append(quote(line.quantity().stripTrailingZeros().toPlainString()))
			.append(", \"unitPrice\": ").append(quote(line.unitPrice().setScale(2).toPlainString()))
			.append(", \"amount\": ").append(quote(line.amount().toPlainString()))
			.append('}');
	}

	private static void field(StringBuilder json, String name, String value) {
		json.append("  ").append(quote(name)).append(": ").append(value == null ? "null" : quote(value)).append(",\n");
	}

	private static String quote(String s) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
