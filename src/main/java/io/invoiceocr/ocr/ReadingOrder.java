package io.invoiceocr.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Puts text lines into reading order and groups them into visual rows: lines whose tops lie within
 * half the median line height of the row's first line form one row; rows run top to bottom, each
 * read left to right. Tops and lefts are taken with the page's skew turned back ({@link PageSkew}),
 * so that a row of a scan fed askew stays one row from its left end to its right. The same order scores every engine in the evaluation, so that no engine is
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
		PageSkew skew = PageSkew.of(lines);
		List<Placed> byTop = new ArrayList<>(lines.size());
		for (TextLine line : lines) {
			byTop.add(new Placed(line, skew.level(line.box())));
		}
		byTop.sort(Comparator.comparingDouble((Placed placed) -> placed.level().minY())
			.thenComparingDouble(placed -> placed.level().minX()));
		List<List<TextLine>> rows = new ArrayList<>();
		List<Placed> row = new ArrayList<>();
		float rowTop = byTop.get(0).level().minY();
		for (Placed placed : byTop) {
			if (!row.isEmpty() && placed.level().minY() - rowTop > tolerance) {
				rows.add(leftToRight(row));
				row = new ArrayList<>();
				rowTop = placed.level().minY();
			}
			row.add(placed);
		}
		rows.add(leftToRight(row));
		return rows;
	}

	/** A line with its box turned level. */
	private record Placed(TextLine line, Quad level) {
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

	private static List<TextLine> leftToRight(List<Placed> row) {
		row.sort(Comparator.comparingDouble(placed -> placed.level().minX()));
		return row.stream().map(Placed::line).toList();
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
