package io.invoiceocr.extract;

import static io.invoiceocr.extract.ComparableText.comparable;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a text value stands in the document: the same words in one row (case, accents, spacing
 * and punctuation aside), its comma-separated parts each in some row, or the text running on over
 * consecutive rows.
 */
final class TextGrounding {

	/**
	 * Values shorter than this (letters and digits) must match a whole word: "AB" would otherwise
	 * be found inside "CABLE".
	 */
	private static final int SHORT = 4;

	private final DocumentText text;

	/** Each row as compared, read once per document on first need. */
	private List<String> comparableRows;

	TextGrounding(DocumentText text) {
		this.text = text;
	}

	/**
	 * A text is found when its words stand in one row, or, for a value spread over rows (an
	 * address), when each of its comma-separated parts stands in some row.
	 */
	List<Evidence> find(String value) {
		String wanted = comparable(value);
		if (wanted.isEmpty()) {
			return List.of();
		}
		if (comparableRows == null) {
			comparableRows = text.rows().stream().map(row -> comparable(row.text())).toList();
		}
		List<DocumentText.Row> rows = text.rows();
		for (int i = 0; i < rows.size(); i++) {
			DocumentText.Row row = rows.get(i);
			if (wanted.length() < SHORT ? ComparableText.words(row.text()).contains(wanted) : comparableRows.get(i).contains(wanted)) {
				return row.evidence();
			}
		}
		if (wanted.length() < SHORT) {
			return List.of();
		}
		String[] parts = value.split(",");
		if (parts.length < 2) {
			return spreadOverRows(wanted);
		}
		Set<Evidence> evidence = new LinkedHashSet<>();
		for (String part : parts) {
			List<Evidence> found = find(part);
			if (found.isEmpty() && !comparable(part).isEmpty()) {
				return List.of();
			}
			evidence.addAll(found);
		}
		return List.copyOf(evidence);
	}

	/** A text that runs on over consecutive rows (a long name or address broken by the layout). */
	private List<Evidence> spreadOverRows(String wanted) {
		List<DocumentText.Row> rows = text.rows();
		for (int first = 0; first < rows.size(); first++) {
			StringBuilder joined = new StringBuilder();
			List<Evidence> evidence = new ArrayList<>();
			for (int last = first; last < Math.min(rows.size(), first + 4); last++) {
				joined.append(comparableRows.get(last));
				evidence.addAll(rows.get(last).evidence());
				if (joined.length() > 0 && !wanted.startsWith(joined.toString()) && !joined.toString().contains(wanted)) {
					break;
				}
				if (joined.toString().contains(wanted)) {
					return evidence;
				}
			}
		}
		return List.of();
	}

}
