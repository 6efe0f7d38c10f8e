package io.invoiceocr.ingest.event;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import tools.jackson.databind.JsonNode;

/**
 * Reads the members of an event leniently: a member of the wrong kind counts as absent, so that
 * each format's parser decides what an absent member means.
 */
final class JsonMembers {

	private JsonMembers() {
	}

	/** @return the member as a non-blank string, else {@code null} (absent, null, not a string, blank) */
	static String text(JsonNode node, String name) {
		JsonNode value = node.path(name);
		if (!value.isString()) {
			return null;
		}
		String text = value.stringValue();
		return text.isBlank() ? null : text;
	}

	/** S3 documents size as a number; a numeric string is accepted too, anything else is unknown. */
	static Long size(JsonNode node) {
		if (node.isIntegralNumber() && node.canConvertToLong()) {
			return node.longValue();
		}
		if (node.isString()) {
			try {
				return Long.valueOf(node.stringValue().trim());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	static Instant instant(String text) {
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
