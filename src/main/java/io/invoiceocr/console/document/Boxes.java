package io.invoiceocr.console.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * A box of the result JSON as SVG polygon points ({@code "x,y x,y x,y x,y"}), in the page's own
 * units. The metadata writes a line's box as four {@code [x, y]} pairs; a field's evidence holds the
 * line's {@code Quad} as corners {@code topLeft}, {@code topRight}, {@code bottomRight},
 * {@code bottomLeft} of {@code {x, y}}: both are read.
 */
final class Boxes {

	private static final List<String> CORNERS = List.of("topLeft", "topRight", "bottomRight", "bottomLeft");

	private Boxes() {
	}

	/** The points, or null when the node is no box. */
	static String points(JsonNode box) {
		if (box == null || box.isNull() || box.isMissingNode()) {
			return null;
		}
		List<String> points = new ArrayList<>(4);
		if (box.isArray()) {
			for (JsonNode point : box) {
				points.add(point(point));
			}
		}
		else if (box.isObject()) {
			for (String corner : CORNERS) {
				points.add(point(box.get(corner)));
			}
		}
		return points.isEmpty() || points.contains(null) ? null : String.join(" ", points);
	}

	private static String point(JsonNode point) {
		if (point == null) {
			return null;
		}
		if (point.isArray() && point.size() >= 2) {
			return format(point.get(0).asDouble(), point.get(1).asDouble());
		}
		if (point.isObject() && point.has("x") && point.has("y")) {
			return format(point.get("x").asDouble(), point.get("y").asDouble());
		}
		return null;
	}

	private static String format(double x, double y) {
		return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
	}

}
