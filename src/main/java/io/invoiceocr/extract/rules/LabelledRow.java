package io.invoiceocr.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.TextLine;

/**
 * A row in which a label was found, and the row after it: most values stand right of their label,
 * the rest under it.
 *
 * @param row        the row with the label
 * @param labelStart where the label starts in the row's text
 * @param labelEnd   where the label ends (values are looked for from here)
 * @param next       the following row on the same page, or null
 */
record LabelledRow(DocumentText.Row row, int labelStart, int labelEnd, DocumentText.Row next) {

	/** Every row of the document holding the label, with its first occurrence. */
	static List<LabelledRow> find(DocumentText text, Pattern label) {
		return find(text, label, false);
	}

	/**
	 * Every occurrence of the label in the document, in reading order: a receipt's row may hold two
	 * ("TOTAL SAVING: 0.00 TOTAL 6.85").
	 */
	static List<LabelledRow> findAll(DocumentText text, Pattern label) {
		return find(text, label, true);
	}

	private static List<LabelledRow> find(DocumentText text, Pattern label, boolean all) {
		List<LabelledRow> found = new ArrayList<>();
		List<DocumentText.Row> rows = text.rows();
		for (int i = 0; i < rows.size(); i++) {
			DocumentText.Row row = rows.get(i);
			DocumentText.Row next = i + 1 < rows.size() && rows.get(i + 1).page() == row.page() ? rows.get(i + 1) : null;
			Matcher matcher = label.matcher(row.text());
			while (matcher.find()) {
				found.add(new LabelledRow(row, matcher.start(), matcher.end(), next));
				if (!all) {
					break;
				}
			}
		}
		return found;
	}

	/** The row's text right of the label. */
	String rest() {
		return row.text().substring(labelEnd);
	}

	/**
	 * Where in the next row the value under the label starts: the start of the line standing most
	 * under the label (a table header over its values), or 0 when none does.
	 */
	int underLabel() {
		if (next == null) {
			return 0;
		}
		Quad label = row.lineAt(labelStart).box();
		int best = 0;
		float bestOverlap = 0;
		int offset = 0;
		for (TextLine line : next.lines()) {
			float overlap = Math.min(label.maxX(), line.box().maxX()) - Math.max(label.minX(), line.box().minX());
			if (overlap > bestOverlap) {
				bestOverlap = overlap;
				best = offset;
			}
			offset += line.text().length() + 1; // the joining space
		}
		return best;
	}


}
