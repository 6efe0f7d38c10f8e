package io.invoiceocr.console.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.invoiceocr.document.OcrStatus;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the document list shows: a status, text in the error, the staging date range (UTC days,
 * both ends included) and a key prefix, each optional; {@code after} is the keyset cursor of the
 * page (the last row of the previous one). Blank parameters count as absent; a malformed date or
 * status is refused with the reason.
 */
public record DocumentFilter(OcrStatus status, String error, LocalDate from, LocalDate to, String prefix,
		Cursor after) {

	/** The position after a row: its staging time and id (rows are ordered newest first). */
	public record Cursor(Instant createdAt, String id) {

		static Cursor parse(String value) {
			int bar = value.indexOf('|');
			if (bar < 0) {
				throw new IllegalArgumentException("not a page cursor: " + value);
			}
			return new Cursor(Instant.parse(value.substring(0, bar)), value.substring(bar + 1));
		}

		@Override
		public String toString() {
			return createdAt + "|" + id;
		}

	}

	public static DocumentFilter of(String status, String error, String from, String to, String prefix, String after) {
		try {
			return new DocumentFilter(blank(status) ? null : OcrStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)),
					blank(error) ? null : error.trim(), blank(from) ? null : LocalDate.parse(from.trim()),
					blank(to) ? null : LocalDate.parse(to.trim()), blank(prefix) ? null : prefix,
					blank(after) ? null : Cursor.parse(after.trim()));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("dates are ISO days (2024-01-31): " + ex.getParsedString());
		}
	}

	Instant fromInstant() {
		return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** The end of the range, exclusive: the day after {@code to}. */
	Instant toInstant() {
		return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	public DocumentFilter firstPage() {
		return new DocumentFilter(status, error, from, to, prefix, null);
	}

	public DocumentFilter after(Cursor cursor) {
		return new DocumentFilter(status, error, from, to, prefix, cursor);
	}

	/** Whether only the status and the error text narrow the list: what rerunFailedJob can select by itself. */
	boolean onlyStatusAndError() {
		return from == null && to == null && prefix == null;
	}

	/** The filter as query parameters, for the links of the page. */
	public Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		put(parameters, "status", status == null ? null : status.name());
		put(parameters, "error", error);
		put(parameters, "from", from == null ? null : from.toString());
		put(parameters, "to", to == null ? null : to.toString());
		put(parameters, "prefix", prefix);
		put(parameters, "after", after == null ? null : after.toString());
		return parameters;
	}

	/** The list's address for this filter and page. */
	public String url() {
		// values as URI variables: strictly encoded, a '+' or '&' in a key prefix included
		Map<String, String> parameters = parameters();
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/console/documents");
		parameters.keySet().forEach(name -> url.queryParam(name, "{" + name + "}"));
		return url.encode().buildAndExpand(parameters).toUriString();
	}

	private static void put(Map<String, String> parameters, String name, String value) {
		if (value != null) {
			parameters.put(name, value);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
