package io.invoiceocr.ocr.decode;

import java.util.ArrayList;
import java.util.List;

import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.TextLine;

/**
 * Joins the words of one text line into segments, splitting where the gap is wide: on an invoice a
 * wide gap separates columns ("Total" ... "1,234.50"), and OCR reports those as separate boxes too,
 * so both paths give the extractor the same shape of lines.
 */
final class LineSegmenter {

	/**
	 * A gap wider than this many font sizes starts a new segment. Word spaces are about a quarter of
	 * the font size and stretch to about half in justified text; column gaps are several times wider.
	 */
	static final float SPLIT_GAP_EM = 1.0f;

	private LineSegmenter() {
	}

	/** The segments of one line, left to right, as text lines of {@code page} with confidence 1. */
	static List<TextLine> segments(List<PositionedWord> line, int page) {
		List<TextLine> segments = new ArrayList<>();
		List<PositionedWord> words = new ArrayList<>(line);
		words.sort((a, b) -> Float.compare(a.left(), b.left()));
		List<PositionedWord> current = new ArrayList<>();
		for (PositionedWord word : words) {
			if (!current.isEmpty() && isWideGap(current.get(current.size() - 1), word)) {
				addSegment(segments, current, page);
				current = new ArrayList<>();
			}
			current.add(word);
		}
		addSegment(segments, current, page);
		return segments;
	}

	private static boolean isWideGap(PositionedWord previous, PositionedWord next) {
		float em = Math.max(previous.fontSize(), next.fontSize());
		if (em <= 0) {
			// No usable font size (degenerate text matrix): fall back on the height of the words.
			em = Math.max(previous.bottom() - previous.top(), next.bottom() - next.top());
		}
		return next.left() - previous.right() > SPLIT_GAP_EM * em;
	}

	private static void addSegment(List<TextLine> segments, List<PositionedWord> words, int page) {
		StringBuilder text = new StringBuilder();
		float left = Float.MAX_VALUE;
		float top = Float.MAX_VALUE;
		float right = -Float.MAX_VALUE;
		float bottom = -Float.MAX_VALUE;
		for (PositionedWord word : words) {
			String wordText = word.text().strip();
			if (wordText.isEmpty()) {
				continue;
			}
			if (text.length() > 0) {
				text.append(' ');
			}
			text.append(wordText);
			left = Math.min(left, word.left());
			top = Math.min(top, word.top());
			right = Math.max(right, word.right());
			bottom = Math.max(bottom, word.bottom());
		}
		if (text.length() > 0) {
			segments.add(new TextLine(text.toString(), 1.0, Quad.ofRectangle(left, top, right, bottom), page, 0));
		}
	}

}
