package io.invoiceocr.extract.table;

import java.util.List;

/**
 * Where one column ends and the next begins. A header label is narrower than its cells, which may
 * stand left-aligned, centred or right-aligned under it, so the border is put where the rows below
 * leave the page blank between two labels: at the middle of the widest stretch that the fewest
 * words reach over. A description's words reach right to its longest line and a right-aligned
 * amount left to its widest figure, and the blank between them is where the cells part.
 */
final class ColumnBounds {

	private final List<Column> columns;

	/** The border right of each column but the last. */
	private final float[] borders;

	ColumnBounds(List<Column> columns, List<Word> body) {
		this.columns = List.copyOf(columns);
		this.borders = new float[Math.max(0, columns.size() - 1)];
		for (int i = 0; i < borders.length; i++) {
			borders[i] = border(columns.get(i), columns.get(i + 1), body);
		}
	}

	private static float border(Column left, Column right, List<Word> body) {
		float from = left.maxX();
		float to = right.minX();
		if (to <= from) {
			return (left.centre() + right.centre()) / 2;
		}
		int steps = Math.max(1, Math.round(to - from));
		float step = (to - from) / steps;
		int best = Integer.MAX_VALUE;
		int runStart = -1;
		int bestStart = 0;
		int bestLength = 0;
		for (int s = 0; s <= steps; s++) {
			float x = from + s * step;
			int crossing = 0;
			for (Word word : body) {
				if (word.minX() < x && x < word.maxX()) {
					crossing++;
				}
			}
			if (crossing < best) {
				best = crossing;
				runStart = s;
				bestStart = s;
				bestLength = 1;
			}
			else if (crossing == best) {
				if (runStart < 0) {
					runStart = s;
				}
				if (s - runStart + 1 > bestLength) {
					bestStart = runStart;
					bestLength = s - runStart + 1;
				}
			}
			else {
				runStart = -1;
			}
		}
		return from + (bestStart + (bestLength - 1) / 2f) * step;
	}

	/** The index of the column a word stands in. */
	int columnOf(Word word) {
		float centre = word.centre();
		for (int i = 0; i < borders.length; i++) {
			if (centre < borders[i]) {
				return i;
			}
		}
		return columns.size() - 1;
	}

	Column column(int index) {
		return columns.get(index);
	}

	int size() {
		return columns.size();
	}

}
