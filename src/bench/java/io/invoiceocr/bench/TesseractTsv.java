package io.invoiceocr.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.TextLine;

/**
 * Rebuilds text lines with boxes from Tesseract's TSV output, so that its lines go through the same
 * reading order as every other engine's. Its plain-text output has no boxes and keeps Tesseract's
 * own block order, which would score its layout analysis rather than its reading.
 *
 * <p>Columns: {@code level page_num block_num par_num line_num word_num left top width height conf text};
 * level 5 rows are words, the others are the page, blocks, paragraphs and lines without text.
 */
final class TesseractTsv {

	private static final int WORD_LEVEL = 5;

	private TesseractTsv() {
	}

	/** The lines of the TSV, in Tesseract's order: words grouped by page, block, paragraph and line number. */
	static List<TextLine> lines(String tsv) {
		Map<LineKey, LineBuilder> lines = new LinkedHashMap<>();
		for (String row : tsv.lines().toList()) {
			String[] cells = row.split("\t", -1);
			if (cells.length < 12 || !isInteger(cells[0]) || Integer.parseInt(cells[0]) != WORD_LEVEL) {
				continue; // header, structure rows, stray output
			}
			String text = cells[11].strip();
			if (text.isEmpty()) {
				continue; // Tesseract reports a word box with no text for some specks
			}
			LineKey key = new LineKey(Integer.parseInt(cells[1]), Integer.parseInt(cells[2]), Integer.parseInt(cells[3]),
					Integer.parseInt(cells[4]));
			int left = Integer.parseInt(cells[6]);
			int top = Integer.parseInt(cells[7]);
			lines.computeIfAbsent(key, k -> new LineBuilder())
				.add(text, left, top, left + Integer.parseInt(cells[8]), top + Integer.parseInt(cells[9]),
						Double.parseDouble(cells[10]));
		}
		List<TextLine> result = new ArrayList<>(lines.size());
		lines.forEach((key, line) -> result.add(line.build(key.page(), result.size())));
		return result;
	}

	private static boolean isInteger(String cell) {
		return !cell.isEmpty() && cell.chars().allMatch(Character::isDigit);
	}

	private record LineKey(int page, int block, int paragraph, int line) {
	}

	private static final class LineBuilder {

		private final StringBuilder text = new StringBuilder();

		private int left = Integer.MAX_VALUE;

		private int top = Integer.MAX_VALUE;

		private int right = Integer.MIN_VALUE;

		private int bottom = Integer.MIN_VALUE;

		private double confidenceSum;

		private int words;

		void add(String word, int wordLeft, int wordTop, int wordRight, int wordBottom, double confidence) {
			if (!text.isEmpty()) {
				text.append(' ');
			}
			text.append(word);
			left = Math.min(left, wordLeft);
			top = Math.min(top, wordTop);
			right = Math.max(right, wordRight);
			bottom = Math.max(bottom, wordBottom);
			confidenceSum += Math.max(0, confidence);
			words++;
		}

		TextLine build(int page, int index) {
			// Tesseract's confidence is 0..100 per word; TextLine wants 0..1.
			return new TextLine(text.toString(), confidenceSum / words / 100, Quad.ofRectangle(left, top, right, bottom),
					page, index);
		}

	}

}
