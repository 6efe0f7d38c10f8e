package io.invoiceocr.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A header's labels as they wrap over the rows above and below its row: "Unit" over "price", or
 * "Positions-" / "betrag" / "ohne" / "USt." stacked in a column the header row leaves empty. A
 * word standing in a labelled column continues that label; words standing apart, one under the
 * other, make a label of their own, which becomes a column when it names one.
 */
final class StackedLabels {

	/** A label being put together: its words by row, and the span they cover. */
	private static final class Stack {

		private final Map<Integer, List<String>> words = new TreeMap<>();

		private final ColumnKind kind;

		private float minX;

		private float maxX;

		Stack(ColumnKind kind, float minX, float maxX) {
			this.kind = kind;
			this.minX = minX;
			this.maxX = maxX;
		}

		boolean overlaps(Word word) {
			return word.minX() < maxX && minX < word.maxX();
		}

		void add(int row, String text, float left, float right) {
			words.computeIfAbsent(row, key -> new ArrayList<>()).add(text);
			minX = Math.min(minX, left);
			maxX = Math.max(maxX, right);
		}

		String label() {
			return String.join(" ", words.values().stream().map(row -> String.join(" ", row)).toList());
		}

		Column column() {
			ColumnKind named = ColumnLabels.classify(label());
			ColumnKind result = named == null ? kind : named;
			return result == null ? null : new Column(result, label(), minX, maxX);
		}

	}

	private final List<Stack> labelled = new ArrayList<>();

	private final List<Stack> apart = new ArrayList<>();

	StackedLabels(List<Column> columns, int headerRow) {
		for (Column column : columns) {
			Stack stack = new Stack(column.kind(), column.minX(), column.maxX());
			stack.add(headerRow, column.label(), column.minX(), column.maxX());
			labelled.add(stack);
		}
	}

	/** Adds the words of a stacked row, {@code row} being its index, so that labels read top to bottom. */
	void add(List<Word> words, int row) {
		for (Word word : words) {
			Stack into = null;
			for (Stack stack : labelled) {
				if (stack.overlaps(word)) {
					into = stack; // the rightmost column it reaches into, as a label's tail is
				}
			}
			if (into == null) {
				into = apart.stream().filter(stack -> stack.overlaps(word)).findFirst().orElse(null);
			}
			if (into == null) {
				into = new Stack(null, word.minX(), word.maxX());
				apart.add(into);
			}
			into.add(row, word.text(), word.minX(), word.maxX());
		}
	}

	/** The header's columns: its row's, their labels completed, and the stacks apart that name a column. */
	List<Column> columns() {
		List<Column> columns = new ArrayList<>();
		for (Stack stack : labelled) {
			columns.add(stack.column());
		}
		for (Stack stack : apart) {
			Column column = stack.column();
			if (column != null) {
				columns.add(column);
			}
		}
		return columns;
	}

}
