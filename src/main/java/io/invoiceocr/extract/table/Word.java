package io.invoiceocr.extract.table;

import java.util.ArrayList;
import java.util.List;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.ocr.PageSkew;
import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.TextLine;

/**
 * A word of a row with where it stands, across the page turned level. A text layer gives a box per
 * cell and OCR a box per run of words, which may reach over two cells ({@code 29 722,10 €}); a
 * word's place inside its box is taken in proportion to the characters before it, which sets the
 * cells of such a box apart.
 *
 * @param row   the row it is in
 * @param start where it starts in the row's text
 * @param end   where it ends in the row's text
 */
record Word(DocumentText.Row row, int start, int end, float minX, float maxX, float top, float bottom) {

	String text() {
		return row.text().substring(start, end);
	}

	float centre() {
		return (minX + maxX) / 2;
	}

	static List<Word> of(DocumentText.Row row, PageSkew skew) {
		List<Word> words = new ArrayList<>();
		String text = row.text();
		int offset = 0;
		for (TextLine line : row.lines()) {
			int lineEnd = Math.min(text.length(), offset + line.text().length());
			Quad box = skew.level(line.box());
			float width = box.maxX() - box.minX();
			int length = Math.max(1, lineEnd - offset);
			int i = offset;
			while (i < lineEnd) {
				while (i < lineEnd && Character.isWhitespace(text.charAt(i))) {
					i++;
				}
				int wordStart = i;
				while (i < lineEnd && !Character.isWhitespace(text.charAt(i))) {
					i++;
				}
				if (i > wordStart) {
					float left = box.minX() + width * (wordStart - offset) / length;
					float right = box.minX() + width * (i - offset) / length;
					words.add(new Word(row, wordStart, i, left, right, box.minY(), box.maxY()));
				}
			}
			offset = lineEnd + 1; // the joining space
		}
		return words;
	}

}
