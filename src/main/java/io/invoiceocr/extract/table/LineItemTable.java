package io.invoiceocr.extract.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.LineItem;
import io.invoiceocr.extract.normalize.DecimalStyle;
import io.invoiceocr.ocr.PageSkew;
import io.invoiceocr.ocr.TextLine;

/**
 * The line items of a document read as tables: under each header row ({@link TableHeader}) down to
 * the totals block ({@link TableEndLabels}), every row's words go to the columns they stand in
 * ({@link ColumnBounds}), and a row with a description and an amount is an item. A row with text
 * in the description column alone, right under an item as its own next line would be, continues
 * that item's description; text further down, or reaching into other columns, is not the item's.
 * A row of figures alone, right under an item, gives the values the item still lacks (a layout
 * that prints the amount a line below the price).
 */
public final class LineItemTable {

	private final DocumentText text;

	private final DecimalStyle style;

	private final Map<Integer, PageSkew> skews = new HashMap<>();

	public LineItemTable(DocumentText text, DecimalStyle style) {
		this.text = text;
		this.style = style;
	}

	/** Whether the document has a line-item header row at all. */
	public boolean hasHeader() {
		List<DocumentText.Row> rows = text.rows();
		for (int i = 0; i < rows.size(); i++) {
			if (TableHeader.at(rows, i, skew(rows.get(i).page())) != null) {
				return true;
			}
		}
		return false;
	}

	public List<LineItem> items() {
		List<LineItem> items = new ArrayList<>();
		List<DocumentText.Row> rows = text.rows();
		int i = 0;
		while (i < rows.size()) {
			int page = rows.get(i).page();
			TableHeader header = TableHeader.at(rows, i, skew(page));
			if (header == null) {
				i++;
				continue;
			}
			int end = header.last() + 1;
			while (end < rows.size() && rows.get(end).page() == page && TableHeader.at(rows, end, skew(page)) == null
					&& !closes(rows.subList(header.last() + 1, end), rows.get(end), header, skew(page))) {
				end++;
			}
			items.addAll(body(rows.subList(header.last() + 1, end), header, skew(page)));
			i = Math.max(end, i + 1);
		}
		return items;
	}

	/**
	 * Whether a row opens the totals block: one of its lines starts with a totals label, and it is
	 * no item whose description starts with such a word ("Tax advisory"), which has a quantity.
	 */
	private boolean closes(List<DocumentText.Row> above, DocumentText.Row row, TableHeader header, PageSkew skew) {
		if (row.lines().stream().map(TextLine::text).noneMatch(TableEndLabels::opens)) {
			return false;
		}
		if (above.isEmpty()) {
			return true;
		}
		ColumnBounds bounds = bounds(above, header, skew);
		return cells(Word.of(row, skew), bounds).stream()
			.noneMatch(cell -> cell.column().kind() == ColumnKind.QUANTITY && cell.number(style) != null);
	}

	private static ColumnBounds bounds(List<DocumentText.Row> rows, TableHeader header, PageSkew skew) {
		return new ColumnBounds(header.columns(), rows.stream().flatMap(row -> Word.of(row, skew).stream()).toList());
	}

	private List<LineItem> body(List<DocumentText.Row> rows, TableHeader header, PageSkew skew) {
		List<List<Word>> words = rows.stream().map(row -> Word.of(row, skew)).toList();
		ColumnBounds bounds = bounds(rows, header, skew);
		List<LineItem> items = new ArrayList<>();
		boolean priced = header.columns().stream()
			.anyMatch(column -> column.kind() == ColumnKind.QUANTITY || column.kind() == ColumnKind.UNIT_PRICE);
		ItemDraft item = null;
		for (List<Word> row : words) {
			if (row.isEmpty()) {
				continue;
			}
			List<Cell> cells = cells(row, bounds);
			Cell description = cells.stream().filter(cell -> cell.column().kind() == ColumnKind.DESCRIPTION).findFirst().orElse(null);
			RowValues values = RowValues.of(cells, style);
			float top = (float) row.stream().mapToDouble(Word::top).min().orElse(0);
			float bottom = (float) row.stream().mapToDouble(Word::bottom).max().orElse(0);
			float height = medianHeight(row);
			boolean described = description != null && description.hasLetters();
			boolean close = item != null && item.closeAbove(top);
			if (!values.isEmpty() && described && close && item.completedBy(values)) {
				item.describe(description, bottom);
				item.fill(values, bottom);
			}
			else if (!values.isEmpty() && described) {
				add(items, item, priced);
				item = new ItemDraft(description, values, bottom, height);
			}
			else if (!values.isEmpty()) {
				if (close && !item.hasAmount()) {
					item.fill(values, bottom);
				}
			}
			else if (described && close && onlyDescribes(cells)) {
				item.describe(description, bottom);
			}
			else if (described && item != null && item.hasAmount()) {
				add(items, item, priced); // text standing apart from the item ends it
				item = null;
			}
		}
		add(items, item, priced);
		return items;
	}

	private static void add(List<LineItem> items, ItemDraft draft, boolean priced) {
		LineItem item = draft == null ? null : draft.item(priced);
		if (item != null) {
			items.add(item);
		}
	}

	/** Whether the row has words in no column that holds figures (a description's next line). */
	private static boolean onlyDescribes(List<Cell> cells) {
		return cells.stream().noneMatch(cell -> cell.column().kind().numeric() && !cell.isEmpty());
	}

	private static List<Cell> cells(List<Word> row, ColumnBounds bounds) {
		List<List<Word>> byColumn = new ArrayList<>();
		for (int c = 0; c < bounds.size(); c++) {
			byColumn.add(new ArrayList<>());
		}
		for (Word word : row) {
			byColumn.get(bounds.columnOf(word)).add(word);
		}
		List<Cell> cells = new ArrayList<>();
		for (int c = 0; c < bounds.size(); c++) {
			cells.add(new Cell(bounds.column(c), byColumn.get(c)));
		}
		return cells;
	}

	private static float medianHeight(List<Word> row) {
		float[] heights = new float[row.size()];
		for (int i = 0; i < heights.length; i++) {
			heights[i] = row.get(i).bottom() - row.get(i).top();
		}
		java.util.Arrays.sort(heights);
		return heights[heights.length / 2];
	}

	private PageSkew skew(int page) {
		return skews.computeIfAbsent(page,
				number -> PageSkew.of(text.rowsOfPage(number).stream().flatMap(row -> row.lines().stream()).toList()));
	}

}
