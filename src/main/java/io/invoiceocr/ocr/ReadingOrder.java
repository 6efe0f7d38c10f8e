package io.invoiceocr.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Puts text lines into reading order and groups them into visual rows: lines whose tops lie within
 * half the median line height of the row's first line form one row; rows run top to bottom, each
 * read left to right. The same order scores every engine in the evaluation, so that no engine is
 * judged by the order its detector happens to emit boxes in.
 */
public final class ReadingOrder {

	private ReadingOrder() {
	}

	/** The lines grouped into rows, rows top to bottom, lines in a row left to right. */
	public static List<List<TextLine>> rows(List<TextLine> lines) {
		if (lines.isEmpty()) {
			return List.of();
		}
		float tolerance = medianHeight(lines) / 2;
		List<TextLine> byTop = new ArrayList<>(lines);
		byTop.sort(Comparator.comparingDouble((TextLine line) -> line.box().minY())
			.thenComparingDouble(line -> line.box().minX()));
		List<List<TextLine>> rows = new ArrayList<>();
		List<TextLine> row = new ArrayList<>();
		float rowTop = byTop.get(0).box().minY();
		for (TextLine line : byTop) {
			if (!row.isEmpty() && line.box().minY() - rowTop > tolerance) {
				rows.add(leftToRight(row));
				row = new ArrayList<>();
				rowTop = line.box().minY();
			}
			row.add(line);
		}
		rows.add(leftToRight(row));
		return rows;
	}

	/** The lines in reading order, with their index set to their position. */
	public static List<TextLine> order(List<TextLine> lines) {
		List<TextLine> ordered = new ArrayList<>(lines.size());
		for (List<TextLine> row : rows(lines)) {
			for (TextLine line : row) {
				ordered.add(line.withIndex(ordered.size()));
			}
		}
		return ordered;
	}

	/** The page text: one row per line, the lines of a row joined by a space. */
	public static String text(List<TextLine> lines) {
		return rows(lines).stream()
			.map(row -> row.stream().map(TextLine::text).collect(Collectors.joining(" ")))
			.collect(Collectors.joining("\n"));
	}

	private static List<TextLine> leftToRight(List<TextLine> row) {
		row.sort(Comparator.comparingDouble(line -> line.box().minX()));
		return row;
	}

	private static float medianHeight(List<TextLine> lines) {
		float[] heights = new float[lines.size()];
		for (int i = 0; i < heights.length; i++) {
			heights[i] = lines.get(i).box().maxY() - lines.get(i).box().minY();
		}
		java.util.Arrays.sort(heights);
		int n = heights.length;
		return n % 2 == 1 ? heights[n / 2] : (heights[n / 2 - 1] + heights[n / 2]) / 2;
	}

}
