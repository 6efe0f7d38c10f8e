package io.invoiceocr.extract.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

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
		// stacks a line could still join: lines come top to bottom, so a stack whose last line
		// stands further above than a line space takes no line after this one
		List<List<BlockLine>> open = new ArrayList<>();
		for (BlockLine line : lines(lines)) {
			open.removeIf(stack -> closedAbove(stack.get(stack.size() - 1), line));
			List<BlockLine> stack = bestStackFor(open, line);
			if (stack == null) {
				stack = new ArrayList<>();
				stacks.add(stack);
				open.add(stack);
			}
			stack.add(line);
		}
		return stacks.stream().map(TextBlock::new).toList();
	}

	private static boolean closedAbove(BlockLine above, BlockLine line) {
		return line.top() - above.bottom() > LINE_GAP_EM * above.height();
	}

	/**
	 * The page's lines of parts, top to bottom. Parts are taken left to right; each joins the
	 * earliest begun line whose last part it continues. Only lines ending level with the part are
	 * looked at (by the height where their last part ends), which keeps a page of many thousand
	 * lines from comparing every part with every line.
	 */
	static List<BlockLine> lines(List<TextLine> textLines) {
		List<TextLine> byLeft = textLines.stream()
			.filter(BlockGrouping::printed)
			.sorted(Comparator.comparingDouble(line -> line.box().minX()))
			.toList();
		float reach = (float) byLeft.stream().mapToDouble(BlockGrouping::edgeHeight).max().orElse(0);
		List<List<TextLine>> lines = new ArrayList<>();
		TreeMap<Float, List<Integer>> byEnd = new TreeMap<>();
		for (TextLine part : byLeft) {
			float level = (part.box().topLeft().y() + part.box().bottomLeft().y()) / 2;
			Integer joined = byEnd.subMap(level - reach, true, level + reach, true)
				.values()
				.stream()
				.flatMap(List::stream)
				.filter(index -> continues(last(lines.get(index)), part))
				.min(Integer::compare)
				.orElse(null);
			if (joined == null) {
				lines.add(new ArrayList<>(List.of(part)));
				joined = lines.size() - 1;
			}
			else {
				remove(byEnd, endLevel(last(lines.get(joined))), joined);
				lines.get(joined).add(part);
			}
			byEnd.computeIfAbsent(endLevel(part), key -> new ArrayList<>()).add(joined);
		}
		return lines.stream()
			.map(BlockLine::new)
			.sorted(Comparator.comparingDouble(BlockLine::top).thenComparingDouble(BlockLine::left))
			.toList();
	}

	private static TextLine last(List<TextLine> line) {
		return line.get(line.size() - 1);
	}

	/** The height of a part's right edge's middle, where the next part of its line would meet it. */
	private static float endLevel(TextLine part) {
		return (part.box().topRight().y() + part.box().bottomRight().y()) / 2;
	}

	private static double edgeHeight(TextLine part) {
		return Math.max(part.box().bottomLeft().y() - part.box().topLeft().y(), part.box().bottomRight().y() - part.box().topRight().y());
	}

	private static void remove(TreeMap<Float, List<Integer>> byEnd, float level, Integer index) {
		List<Integer> atLevel = byEnd.get(level);
		atLevel.remove(index);
		if (atLevel.isEmpty()) {
			byEnd.remove(level);
		}
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
