package io.invoiceocr.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.invoiceocr.extract.layout.DocumentLayout;
import io.invoiceocr.ocr.OcrResult;
import io.invoiceocr.ocr.PageResult;
import io.invoiceocr.ocr.ReadingOrder;
import io.invoiceocr.ocr.TextLine;

/**
 * A document's text as the extractors read it: visual rows (lines on one height joined left to
 * right), numbered through the document, each knowing the OCR lines it is made of, so that a value
 * found in a row can name its evidence.
 */
public final class DocumentText {

	/**
	 * One visual row.
	 *
	 * @param number through the document, from 1 (the numbers the language model sees)
	 * @param page   page number, from 1
	 * @param lines  the lines of the row, left to right
	 * @param text   the row's text: its lines joined by a space
	 */
	public record Row(int number, int page, List<TextLine> lines, String text) {

		public Row {
			lines = List.copyOf(lines);
		}

		/** The row's lines as evidence. */
		public List<Evidence> evidence() {
			return lines.stream().map(line -> new Evidence(line.page(), line.index(), line.box(), line.text())).toList();
		}

		/**
		 * Where the line holding character {@code at} of {@link #text()} starts and ends in it, as
		 * {@code {start, end}}. A row's lines are what the page set apart by a wide gap (columns,
		 * blocks side by side) or what OCR read as separate boxes.
		 */
		public int[] lineAround(int at) {
			return span(lineIndexAt(at), lineIndexAt(at));
		}

		/**
		 * Where the block holding character {@code at} starts and ends in {@link #text()}, as
		 * {@code {start, end}}: its line, with the neighbouring lines that are no further from it
		 * than {@code gapEm} times the print's height. A text layer splits lines at wide gaps
		 * already; OCR also boxes words apart that belong together, and those stand close.
		 */
		public int[] blockAround(int at, float gapEm) {
			int first = lineIndexAt(at);
			int last = first;
			while (first > 0 && gap(lines.get(first - 1), lines.get(first)) <= gapEm * height(lines.get(first))) {
				first--;
			}
			while (last < lines.size() - 1 && gap(lines.get(last), lines.get(last + 1)) <= gapEm * height(lines.get(last))) {
				last++;
			}
			return span(first, last);
		}

		/** Where line {@code i} of the row starts and ends in {@link #text()}, as {@code {start, end}}. */
		public int[] lineSpan(int i) {
			return span(i, i);
		}

		/** The line holding character {@code at} of {@link #text()}. */
		public TextLine lineAt(int at) {
			return lines.get(lineIndexAt(at));
		}

		private int lineIndexAt(int at) {
			int offset = 0;
			for (int i = 0; i < lines.size(); i++) {
				offset += lines.get(i).text().length();
				if (at < offset) {
					return i;
				}
				offset++; // the joining space
			}
			return lines.size() - 1;
		}

		/** The characters of lines {@code first..last} in {@link #text()}. */
		private int[] span(int first, int last) {
			int offset = 0;
			int start = 0;
			for (int i = 0; i <= last; i++) {
				if (i == first) {
					start = offset;
				}
				offset += lines.get(i).text().length() + 1;
			}
			return new int[] { start, Math.min(text.length(), offset - 1) };
		}

		private static float gap(TextLine left, TextLine right) {
			return right.box().minX() - left.box().maxX();
		}

		private static float height(TextLine line) {
			return Math.max(1, line.box().height());
		}

		/** The lines under the characters {@code start..end} of {@link #text()}, as evidence. */
		public List<Evidence> evidence(int start, int end) {
			List<Evidence> under = new ArrayList<>();
			int offset = 0;
			for (TextLine line : lines) {
				int lineEnd = offset + line.text().length();
				if (offset < end && start < lineEnd) {
					under.add(new Evidence(line.page(), line.index(), line.box(), line.text()));
				}
				offset = lineEnd + 1; // the joining space
			}
			return under.isEmpty() ? evidence() : under;
		}

	}

	private static final Pattern UNICODE_SPACE = Pattern.compile("[\\p{Zs}\\t\\u200B]");

	private static final Pattern SPLIT_CENTS = Pattern.compile("(\\d)([.,]) (\\d{2})(?![\\d.,])");

	private static final Pattern DOLLAR_AS_S = Pattern.compile("(?<![\\p{L}\\p{N}])S(?=\\d{1,6}[.,]\\d{2}(?!\\d))");

	private static final Pattern SPACED_COMMA = Pattern.compile("(\\d) ,(?= ?\\d)");

	private final List<Row> rows;

	private final int pages;

	private final DocumentLayout layout;

	private DocumentText(List<Row> rows, int pages, DocumentLayout layout) {
		this.rows = List.copyOf(rows);
		this.pages = pages;
		this.layout = layout;
	}

	public static DocumentText of(OcrResult ocr) {
		return of(ocr.pages());
	}

	public static DocumentText of(List<PageResult> pages) {
		List<Row> rows = new ArrayList<>();
		for (PageResult page : pages) {
			for (List<TextLine> row : ReadingOrder.rows(page.lines())) {
				String text = row.stream().map(line -> plainSpaces(line.text())).collect(Collectors.joining(" "));
				rows.add(new Row(rows.size() + 1, page.number(), row, text));
			}
		}
		return new DocumentText(rows, pages.size(), DocumentLayout.of(pages));
	}

	/**
	 * No-break, thin and other Unicode spaces as plain ones, one for one (offsets into the row stay
	 * offsets into its lines): PDF text layers use them between a label and its value, and the
	 * rules' patterns, like people, read them as spaces.
	 */
	private static String plainSpaces(String text) {
		String plain = UNICODE_SPACE.matcher(text).replaceAll(" ");
		// OCR puts a space after the decimal point of many receipt amounts ("RM 73. 00"): the space
		// moves behind the cents, which keeps every offset within a character of its place
		plain = SPLIT_CENTS.matcher(plain).replaceAll("$1$2$3 ");
		// and reads a dollar sign before an amount as an S ("S8.20"); text layers space a comma
		// away from the day it follows ("August 3 , 2014")
		plain = DOLLAR_AS_S.matcher(plain).replaceAll("\\$");
		return SPACED_COMMA.matcher(plain).replaceAll("$1, ");
	}

	public List<Row> rows() {
		return rows;
	}

	public List<Row> rowsOfPage(int page) {
		return rows.stream().filter(row -> row.page() == page).toList();
	}

	/** The pages' blocks, for what rows alone cannot tell: which lines stand together. */
	public DocumentLayout layout() {
		return layout;
	}

	public int pageCount() {
		return pages;
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}

}
