package io.invoiceocr.extract.layout;

import java.util.List;

import io.invoiceocr.ocr.TextLine;

/**
 * Lines printed as one block: stacked closer than a line space apart, aligned on one side, in one
 * size of print: an address, a column of labels, a paragraph, a table cell that wraps.
 *
 * @param lines the block's lines, top to bottom
 */
public record TextBlock(List<BlockLine> lines) {

	public TextBlock {
		lines = List.copyOf(lines);
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("a block needs a line");
		}
	}

	public int page() {
		return lines.get(0).page();
	}

	public BlockLine first() {
		return lines.get(0);
	}

	public float left() {
		return (float) lines.stream().mapToDouble(BlockLine::left).min().orElseThrow();
	}

	public float right() {
		return (float) lines.stream().mapToDouble(BlockLine::right).max().orElseThrow();
	}

	public float top() {
		return lines.get(0).top();
	}

	public float bottom() {
		return lines.get(lines.size() - 1).bottom();
	}

	/** The height of the block's print: its first line's. */
	public float lineHeight() {
		return lines.get(0).height();
	}

	public boolean contains(TextLine line) {
		return lines.stream().anyMatch(blockLine -> blockLine.contains(line));
	}

	/** The block's lines from {@code from} on, as a block. */
	public TextBlock from(int from) {
		return new TextBlock(lines.subList(from, lines.size()));
	}

	/** Whether the two blocks share part of their width. */
	public boolean overlapsHorizontally(TextBlock other) {
		return left() < other.right() && other.left() < right();
	}

	public List<TextLine> textLines() {
		return lines.stream().flatMap(line -> line.parts().stream()).toList();
	}

}
