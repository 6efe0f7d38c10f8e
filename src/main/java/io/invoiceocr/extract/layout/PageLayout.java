package io.invoiceocr.extract.layout;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.invoiceocr.ocr.PageResult;
import io.invoiceocr.ocr.TextLine;

/**
 * A page as blocks of text and where they stand to each other, the same for a text layer and for
 * OCR lines: what the extractors read parties and labelled values from.
 *
 * @param page   page number, from 1
 * @param blocks the page's blocks, by their top edge
 */
public record PageLayout(int page, List<TextBlock> blocks) {

	public PageLayout {
		blocks = blocks.stream().sorted(Comparator.comparingDouble(TextBlock::top).thenComparingDouble(TextBlock::left)).toList();
	}

	public static PageLayout of(PageResult page) {
		return new PageLayout(page.number(), BlockGrouping.blocks(page.lines()));
	}

	/** The block that holds a text line of this page. */
	public Optional<TextBlock> blockOf(TextLine line) {
		return blocks.stream().filter(block -> block.contains(line)).findFirst();
	}

	/**
	 * Blocks to the right of {@code block} whose first line stands level with its first line, nearest
	 * first: the address printed beside a name, the value column beside a label column.
	 */
	public List<TextBlock> levelRightOf(TextBlock block) {
		float tolerance = 0.6f * block.lineHeight();
		return blocks.stream()
			.filter(other -> other.left() >= block.right() - tolerance)
			.filter(other -> Math.abs(other.top() - block.top()) <= tolerance)
			.sorted(Comparator.comparingDouble(TextBlock::left))
			.toList();
	}

	/**
	 * Blocks under {@code block} that share part of its width and start within {@code gapEm} print
	 * heights of its bottom, nearest first.
	 */
	public List<TextBlock> below(TextBlock block, float gapEm) {
		float reach = block.bottom() + gapEm * block.lineHeight();
		return blocks.stream()
			.filter(other -> other != block && other.top() >= block.bottom() - 0.5f * block.lineHeight() && other.top() <= reach)
			.filter(other -> other.overlapsHorizontally(block))
			.sorted(Comparator.comparingDouble(TextBlock::top))
			.toList();
	}

}
