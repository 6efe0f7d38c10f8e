package io.invoiceocr.ingest.event;

import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/** The wording of {@link ParsedMessage.Malformed} reasons: short, one line, about what was received. */
final class ReasonTexts {

	private static final int MAX_REASON_DETAIL = 200;

	private ReasonTexts() {
	}

	static String nodeKind(JsonNode node) {
		if (node == null || node.isMissingNode()) {
			return "JSON without a value";
		}
		return switch (node.getNodeType()) {
			case ARRAY -> "a JSON array";
			case STRING -> "a JSON string";
			case NUMBER -> "a JSON number";
			case BOOLEAN -> "a JSON boolean";
			case NULL -> "JSON null";
			default -> "JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT);
		};
	}

	/**
	 * Jackson's own words, without the "(start marker at [Source: ...])" it appends, but with the
	 * line and column, which is what someone looking at the body needs.
	 */
	static String jsonProblem(JacksonException ex) {
		String message = shorten(ex.getOriginalMessage());
		int sourceNote = message.indexOf(" (start marker at");
		if (sourceNote >= 0) {
			message = message.substring(0, sourceNote);
		}
		TokenStreamLocation location = ex.getLocation();
		if (location != null && location.getLineNr() > 0) {
			message += " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
		}
		return message;
	}

	static String describe(RuntimeException ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return shorten(message);
	}

	/** First line only, and not too long: a reason is read by people, in logs and tables. */
	static String shorten(String message) {
		if (message == null) {
			return "no detail";
		}
		String firstLine = message.strip().lines().findFirst().orElse("");
		return (firstLine.length() > MAX_REASON_DETAIL) ? firstLine.substring(0, MAX_REASON_DETAIL) + "..." : firstLine;
	}

}
