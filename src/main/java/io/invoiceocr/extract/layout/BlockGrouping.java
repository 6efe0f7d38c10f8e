package io.invoiceocr.extract.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.invoiceocr.ocr.TextLine;

/**
 * Groups a page's text lines into blocks by the whitespace between them. First the parts of one
 * line: boxes on one baseline closer than a word space (OCR boxes words apart; a text layer has
 * split its lines at gaps wider than a font size already, so its segments stay apart). Then the
 * lines of one block: each line joins the block above it when it starts on the block's left edge
 * (or ends on its right edge, or is centred with it), in the same size of print, and less than a
 * line space below it. Addresses and label columns stack tighter than that; the rows of a table
 * stand a line space or more apart, and blocks side by side never share a line.
 */
final class BlockGrouping {

	/** Boxes on one baseline closer than this many print heights are parts of one line. */
	static final float WORD_GAP_EM = 0.6f;

	/** A line starts a new block when it stands further than this many print heights below. */
	static final float LINE_GAP_EM = 0.6f;

	/** Edges closer than this many print heights are aligned. */
	static final float ALIGN_EM = 0.8f;

	/** Print sizes further apart than this ratio are not one block (a title over its address). */
	static final float SIZE_RATIO = 1.45f;

	private BlockGrouping() {
	}

	static List<TextBlock> blocks(List<TextLine> lines) {
		List<List<BlockLine>> stacks = new ArrayList<>();
		for (BlockLine line : lines(lines)) {
			List<BlockLine> stack = bestStackFor(stacks, line);
			if (stack == null) {
				stack = new ArrayList<>();
				stacks.add(stack);
			}
			stack.add(line);
		}
		return stacks.stream().map(TextBlock::new).toList();
	}

	/** The page's lines of parts, top to bottom. */
	static List<BlockLine> lines(List<TextLine> textLines) {
		List<TextLine> byLeft = textLines.stream()
			.filter(BlockGrouping::printed)
			.sorted(Comparator.comparingDouble(line -> line.box().minX()))
			.toList();
		List<List<TextLine>> lines = new ArrayList<>();
		for (TextLine part : byLeft) {
			lines.stream().filter(line -> continues(line.get(line.size() - 1), part)).findFirst().ifPresentOrElse(
					line -> line.add(part), () -> lines.add(new ArrayList<>(List.of(part))));
		}
		return lines.stream()
			.map(BlockLine::new)
			.sorted(Comparator.comparingDouble(BlockLine::top).thenComparingDouble(BlockLine::left))
			.toList();
	}

	/** Whether a line prints anything: text layers hold lines of no-break spaces alone. */
	private static boolean printed(TextLine line) {
		return line.text().codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c));
	}

	private static boolean continues(TextLine left, TextLine right) {
		float height = Math.min(left.box().height(), right.box().height());
		// where the two boxes meet: the left one's right edge, the right one's left edge
		float overlap = Math.min(left.box().bottomRight().y(), right.box().bottomLeft().y())
				- Math.max(left.box().topRight().y(), right.box().topLeft().y());
		float gap = right.box().minX() - left.box().maxX();
		return overlap >= 0.5f * height && gap <= WORD_GAP_EM * height && gap >= -height;
	}

	private static List<BlockLine> bestStackFor(List<List<BlockLine>> stacks, BlockLine line) {
		List<BlockLine> best = null;
		float bestGap = Float.MAX_VALUE;
		for (List<BlockLine> stack : stacks) {
			BlockLine above = stack.get(stack.size() - 1);
			float gap = line.top() - above.bottom();
			if (stacksUnder(above, line) && gap < bestGap) {
				best = stack;
				bestGap = gap;
			}
		}
		return best;
	}

	private static boolean stacksUnder(BlockLine above, BlockLine line) {
		float height = Math.min(above.height(), line.height());
		float gap = line.top() - above.bottom();
		boolean below = line.top() >= above.top() + 0.5f * above.height() && gap <= LINE_GAP_EM * height;
		boolean sameSize = Math.max(above.height(), line.height()) <= SIZE_RATIO * height;
		return below && sameSize && aligned(above, line, ALIGN_EM * height);
	}

	private static boolean aligned(BlockLine above, BlockLine line, float tolerance) {
		return Math.abs(above.left() - line.left()) <= tolerance || Math.abs(above.right() - line.right()) <= tolerance
				|| Math.abs(above.left() + above.right() - line.left() - line.right()) <= 2 * tolerance;
	}

}
