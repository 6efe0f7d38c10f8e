package io.invoiceocr.extract.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.ocr.PageSkew;

/**
 * The header row of a line-item table: a row of column labels only, naming at least two kinds of
 * column of which one is a quantity, a price or an amount. Each label becomes a column placed where
 * the label stands; a label printed on two lines ("Unit" over "price") is read as one from the row
 * right above or below when that row holds only words standing in the header's columns.
 *
 * @param last    the index of the header's last row in the rows it was found in
 * @param columns the columns left to right
 */
record TableHeader(int last, List<Column> columns) {

	/** Beyond this share of letters outside labels, a row is text, not a header. */
	private static final double MAX_OTHER_LETTERS = 0.3;

	/** How many rows above or below the header row its labels may wrap onto. */
	private static final int MAX_STACKED_ROWS = 4;

	/** The header starting at row {@code at}, or null when that row is none. */
	static TableHeader at(List<DocumentText.Row> rows, int at, PageSkew skew) {
		List<Column> columns = labelled(rows.get(at), skew);
		if (columns == null) {
			return null;
		}
		int first = at;
		while (first > 0 && at - first < MAX_STACKED_ROWS && stacked(rows.get(first - 1), rows.get(first), skew)) {
			first--;
		}
		int last = at;
		while (last + 1 < rows.size() && last - at < MAX_STACKED_ROWS && stacked(rows.get(last), rows.get(last + 1), skew)) {
			last++;
		}
		StackedLabels labels = new StackedLabels(columns, at);
		for (int k = first; k <= last; k++) {
			if (k != at) {
				labels.add(Word.of(rows.get(k), skew), k);
			}
		}
		return new TableHeader(last, settled(labels.columns()));
	}

	/** The row's labels as columns, or null when the row is not a header. */
	private static List<Column> labelled(DocumentText.Row row, PageSkew skew) {
		String text = row.text();
		if (text.chars().anyMatch(Character::isDigit)) {
			return null;
		}
		List<ColumnLabels.Label> labels = ColumnLabels.find(text);
		long kinds = labels.stream().map(ColumnLabels.Label::kind).distinct().count();
		boolean valued = labels.stream().anyMatch(label -> label.kind() == ColumnKind.QUANTITY || label.kind() == ColumnKind.UNIT_PRICE
				|| label.kind() == ColumnKind.AMOUNT);
		if (kinds < 2 || !valued) {
			return null;
		}
		int letters = 0;
		int outside = 0;
		for (int i = 0; i < text.length(); i++) {
			if (Character.isLetter(text.charAt(i))) {
				letters++;
				int at = i;
				if (labels.stream().noneMatch(label -> label.start() <= at && at < label.end())) {
					outside++;
				}
			}
		}
		if (outside > Math.max(4, MAX_OTHER_LETTERS * letters)) {
			return null;
		}
		List<Word> words = Word.of(row, skew);
		List<Column> columns = new ArrayList<>();
		for (ColumnLabels.Label label : labels) {
			List<Word> under = words.stream().filter(word -> word.start() < label.end() && label.start() < word.end()).toList();
			if (!under.isEmpty()) {
				columns.add(new Column(label.kind(), text.substring(label.start(), label.end()), under.get(0).minX(),
						under.get(under.size() - 1).maxX()));
			}
		}
		columns.addAll(unnamed(words, labels));
		return columns;
	}

	/** The header's words outside its labels, a run of them standing close together as one cell. */
	private static List<Column> unnamed(List<Word> words, List<ColumnLabels.Label> labels) {
		List<Column> cells = new ArrayList<>();
		Word first = null;
		Word last = null;
		for (Word word : words) {
			boolean labelled = labels.stream().anyMatch(label -> word.start() < label.end() && label.start() < word.end());
			boolean apart = last != null && word.minX() - last.maxX() > (word.bottom() - word.top());
			if (first != null && (labelled || apart)) {
				cells.add(cell(first, last));
				first = null;
			}
			if (!labelled) {
				first = first == null ? word : first;
				last = word;
			}
		}
		if (first != null) {
			cells.add(cell(first, last));
		}
		return cells;
	}

	private static Column cell(Word first, Word last) {
		String text = first.row().text().substring(first.start(), last.end());
		return new Column(ColumnKind.OTHER, text, first.minX(), last.maxX());
	}

	/** Whether the second row sits right under the first, as a label's second line does. */
	private static boolean stacked(DocumentText.Row upper, DocumentText.Row lower, PageSkew skew) {
		if (upper.page() != lower.page() || lower.text().chars().anyMatch(Character::isDigit)
				|| upper.text().chars().anyMatch(Character::isDigit)) {
			return false;
		}
		List<Word> above = Word.of(upper, skew);
		List<Word> below = Word.of(lower, skew);
		if (above.isEmpty() || below.isEmpty()) {
			return false;
		}
		float height = above.get(0).bottom() - above.get(0).top();
		float gap = below.get(0).top() - above.stream().map(Word::bottom).max(Float::compare).orElseThrow();
		return gap <= 0.6f * height;
	}

	/**
	 * The columns left to right with one description: a plain "description" label over one that
	 * may name a code ("Item", "Service" beside it); when there is none, the text left of the first
	 * column is the description.
	 */
	private static List<Column> settled(List<Column> columns) {
		List<Column> sorted = new ArrayList<>(columns);
		sorted.sort(Comparator.comparingDouble(Column::minX));
		int lastIndex = sorted.size() - 1;
		if (sorted.get(lastIndex).kind() == ColumnKind.OTHER && sorted.stream().noneMatch(column -> column.kind() == ColumnKind.AMOUNT)) {
			// amounts come last in a table: the last header, misread, is theirs
			sorted.set(lastIndex, sorted.get(lastIndex).as(ColumnKind.AMOUNT));
		}
		List<Column> descriptions = sorted.stream().filter(column -> column.kind() == ColumnKind.DESCRIPTION).toList();
		Column description = descriptions.stream()
			.filter(column -> ColumnLabels.plainDescription(column.label()))
			.findFirst()
			.orElse(descriptions.isEmpty() ? null : descriptions.get(0));
		if (description == null) {
			sorted.add(0, new Column(ColumnKind.DESCRIPTION, "", 0, Math.max(0, sorted.get(0).minX() - 1)));
			return sorted;
		}
		List<Column> settled = new ArrayList<>();
		for (Column column : sorted) {
			settled.add(column.kind() == ColumnKind.DESCRIPTION && column != description ? column.as(ColumnKind.CODE) : column);
		}
		return settled;
	}

}
