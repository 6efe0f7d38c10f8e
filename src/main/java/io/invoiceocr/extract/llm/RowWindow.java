package io.invoiceocr.extract.llm;

import java.util.List;
import java.util.function.ToIntFunction;

import io.invoiceocr.extract.DocumentText.Row;

/**
 * The rows of a document that fit a budget: all of them when they fit, otherwise the first rows and
 * the last rows. An invoice's header (vendor, customer, number, dates) is at its start and its totals
 * are at its end; what is left out is the middle of the line items, the part the answer can best do
 * without. The end gets a quarter of the budget: totals, tax breakdown and payment details take a
 * few rows, while the header and the first line items take many.
 *
 * @param head  the first rows kept
 * @param tail  the last rows kept; empty when nothing was left out
 * @param total the document's number of rows
 */
record RowWindow(List<Row> head, List<Row> tail, int total) {

	static final double TAIL_SHARE = 0.25;

	RowWindow {
		head = List.copyOf(head);
		tail = List.copyOf(tail);
	}

	/**
	 * @param rows   the document's rows, in order
	 * @param budget the characters available
	 * @param cost   the characters one row takes in the prompt
	 */
	static RowWindow fit(List<Row> rows, int budget, ToIntFunction<Row> cost) {
		long all = rows.stream().mapToLong(cost::applyAsInt).sum();
		if (all <= budget) {
			return new RowWindow(rows, List.of(), rows.size());
		}
		int tailStart = rows.size();
		int used = 0;
		while (tailStart > 0 && used + cost.applyAsInt(rows.get(tailStart - 1)) <= budget * TAIL_SHARE) {
			used += cost.applyAsInt(rows.get(--tailStart));
		}
		int headEnd = 0;
		while (headEnd < tailStart && used + cost.applyAsInt(rows.get(headEnd)) <= budget) {
			used += cost.applyAsInt(rows.get(headEnd++));
		}
		return new RowWindow(rows.subList(0, headEnd), rows.subList(tailStart, rows.size()), rows.size());
	}

	/** Whether rows were left out. */
	boolean cut() {
		return head.size() + tail.size() < total;
	}

	/** The numbers of the first and last row left out. */
	int firstLeftOut() {
		return head.isEmpty() ? 1 : head.get(head.size() - 1).number() + 1;
	}

	int lastLeftOut() {
		return tail.isEmpty() ? total : tail.get(0).number() - 1;
	}

	/**
	 * What was left out, for a person: {@code kept rows 1-180 and 341-400 of 400: 160 rows in the
	 * middle left out to fit 32768 tokens (...)}; null when nothing was.
	 * @param limit why, as {@link ContextSizing.RowBudget#limit()} gives it
	 */
	String note(String limit) {
		if (!cut()) {
			return null;
		}
		int leftOut = total - head.size() - tail.size();
		String where = head.isEmpty() && tail.isEmpty() ? "(all)"
				: head.isEmpty() ? "at the start" : tail.isEmpty() ? "at the end" : "in the middle";
		return "kept " + describe() + " of " + total + ": " + leftOut + (leftOut == 1 ? " row " : " rows ") + where
				+ " left out " + limit;
	}

	private String describe() {
		int kept = head.size() + tail.size();
		if (kept == 0) {
			return "no rows";
		}
		String rows = (kept == 1) ? "row " : "rows ";
		if (head.isEmpty() || tail.isEmpty()) {
			return rows + range(head.isEmpty() ? tail : head);
		}
		return rows + range(head) + " and " + range(tail);
	}

	private static String range(List<Row> rows) {
		int first = rows.get(0).number();
		int last = rows.get(rows.size() - 1).number();
		return (first == last) ? String.valueOf(first) : first + "-" + last;
	}

}
