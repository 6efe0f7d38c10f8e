package io.invoiceocr.extract.layout;

import java.util.List;
import java.util.stream.Collectors;

import io.invoiceocr.ocr.TextLine;

/**
 * One line of a block: the text lines that stand on one baseline closer than a word space apart
 * (OCR boxes the words of one name apart), left to right.
 *
 * @param parts the text lines, left to right
 */
public record BlockLine(List<TextLine> parts) {

	public BlockLine {
		parts = List.copyOf(parts);
		if (parts.isEmpty()) {
			throw new IllegalArgumentException("a block line needs a text line");
		}
	}

	/** The parts' text joined by a space. */
	public String text() {
		return parts.stream().map(TextLine::text).map(String::strip).collect(Collectors.joining(" "));
	}

	public int page() {
		return parts.get(0).page();
	}

	public float left() {
		return parts.get(0).box().minX();
	}

	public float right() {
		return (float) parts.stream().mapToDouble(part -> part.box().maxX()).max().orElseThrow();
	}

	/**
	 * The top of the line where it starts: the top-left corner of its first box. On a skewed scan a
	 * box's bounding rectangle grows with its width; lines stacked on one left edge compare their
	 * starts, which skew moves alike.
	 */
	public float top() {
		return parts.get(0).box().topLeft().y();
	}

	/** The bottom of the line where it starts. */
	public float bottom() {
		return parts.get(0).box().bottomLeft().y();
	}

	/** The height of the print: the tallest part's box height. */
	public float height() {
		return (float) Math.max(1, parts.stream().mapToDouble(part -> part.box().height()).max().orElseThrow());
	}

	public boolean contains(TextLine line) {
		return parts.stream().anyMatch(part -> part.page() == line.page() && part.index() == line.index());
	}

}
