package io.invoiceocr.ocr;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows of a page read level, on a text layer and on a scan fed askew. */
class ReadingOrderTest {

	private static final float LINE_HEIGHT = 35;

	private static final float ROW_PITCH = 60;

	/** A table of four rows, five cells a row spread over 1500 px, as OCR boxes them. */
	private static List<TextLine> table(double degrees) {
		double slope = Math.tan(Math.toRadians(degrees));
		List<TextLine> lines = new ArrayList<>();
		float[] lefts = { 100, 500, 900, 1200, 1500 };
		float[] widths = { 340, 120, 60, 140, 120 };
		for (int row = 0; row < 4; row++) {
			for (int cell = 0; cell < lefts.length; cell++) {
				float left = lefts[cell];
				float right = left + widths[cell];
				float top = 300 + row * ROW_PITCH;
				// a box rotated with the page: both its edges climb or fall by the skew
				Quad box = new Quad(new Point(left, (float) (top + left * slope)), new Point(right, (float) (top + right * slope)),
						new Point(right, (float) (top + LINE_HEIGHT + right * slope)),
						new Point(left, (float) (top + LINE_HEIGHT + left * slope)));
				lines.add(new TextLine("r" + row + "c" + cell, 0.9, box, 1, 0));
			}
		}
		return lines;
	}

	@Test
	void keepsTheRowsOfAScanFedAskewWhole() {
		// given a table rotated by 1.25 degrees: its rows drift by about a line's height from left to right
		List<TextLine> lines = table(1.25);

		// when
		List<List<TextLine>> rows = ReadingOrder.rows(lines);

		// then each row holds its five cells, left to right
		assertThat(rows).hasSize(4);
		for (int row = 0; row < 4; row++) {
			assertThat(rows.get(row)).extracting(TextLine::text)
				.containsExactly("r" + row + "c0", "r" + row + "c1", "r" + row + "c2", "r" + row + "c3", "r" + row + "c4");
		}
	}

	@Test
	void keepsTheRowsOfAPageSkewedTheOtherWay() {
		// given the same table rising to the right
		List<TextLine> lines = table(-1.5);

		// when
		List<List<TextLine>> rows = ReadingOrder.rows(lines);

		// then
		assertThat(rows).hasSize(4);
		assertThat(rows.get(2)).extracting(TextLine::text).containsExactly("r2c0", "r2c1", "r2c2", "r2c3", "r2c4");
	}

	@Test
	void measuresTheSkewFromTheTiltedBoxesAlone() {
		// given the skewed table with short level boxes among its cells, as a detector boxes a short word
		List<TextLine> lines = new ArrayList<>(table(1.25));
		lines.add(new TextLine("7", 0.9, Quad.ofRectangle(1000, 900, 1020, 935), 1, 0));

		// when
		double degrees = PageSkew.of(lines).degrees();

		// then
		assertThat(degrees).isBetween(1.2, 1.3);
	}

	@Test
	void leavesALevelPageAsItIs() {
		// given a text layer's level boxes, one row's lines a few points apart in height
		List<TextLine> lines = List.of(new TextLine("Total", 1, Quad.ofRectangle(400, 100, 440, 112), 1, 0),
				new TextLine("Description", 1, Quad.ofRectangle(30, 98, 90, 110), 1, 0),
				new TextLine("Thanks", 1, Quad.ofRectangle(30, 130, 70, 142), 1, 0));

		// when
		List<List<TextLine>> rows = ReadingOrder.rows(lines);

		// then
		assertThat(PageSkew.of(lines).degrees()).isZero();
		assertThat(rows).extracting(row -> row.stream().map(TextLine::text).toList())
			.containsExactly(List.of("Description", "Total"), List.of("Thanks"));
	}

}
