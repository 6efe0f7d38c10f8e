package io.invoiceocr.extract.llm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.layout.BlockLine;
import io.invoiceocr.extract.layout.TextBlock;
import io.invoiceocr.ocr.TextLine;

/**
 * The first page's blocks for the prompt: which lines the page prints together (a party's name
 * with its address, a column of labels). Rows alone run blocks side by side into one line; the
 * model reads from the blocks who is who and cites the rows, whose numbers each block names.
 */
final class PromptBlocks {

	static final String HEADER = "Blocks of page 1, lines printed together (\" / \" between lines, rows in brackets):\n";

	/** Blocks of more lines than one that share rows with other blocks, the ones rows cannot show; at most this many. */
	private static final int MAX_BLOCKS = 40;

	private PromptBlocks() {
	}

	/** The section, or "" for a page without a block of several lines. */
	static String render(DocumentText text) {
		Map<TextLine, DocumentText.Row> rowOfLine = new HashMap<>();
		for (DocumentText.Row row : text.rowsOfPage(1)) {
			row.lines().forEach(line -> rowOfLine.put(line, row));
		}
		String blocks = text.layout()
			.page(1)
			.blocks()
			.stream()
			.filter(block -> block.lines().size() > 1 && sharesRows(block, rowOfLine))
			.limit(MAX_BLOCKS)
			.map(block -> render(block, rowOfLine))
			.collect(Collectors.joining("\n"));
		return blocks.isEmpty() ? "" : HEADER + blocks + "\n";
	}

	/**
	 * Whether a row of the block also holds lines of another block: a block whose rows hold it alone
	 * reads in the rows as it is printed already.
	 */
	private static boolean sharesRows(TextBlock block, Map<TextLine, DocumentText.Row> rowOfLine) {
		return block.textLines().stream()
			.map(rowOfLine::get)
			.filter(row -> row != null)
			.anyMatch(row -> row.lines().stream().anyMatch(line -> !block.contains(line)));
	}

	private static String render(TextBlock block, Map<TextLine, DocumentText.Row> rowOfLine) {
		List<Integer> rows = block.textLines().stream()
			.map(rowOfLine::get)
			.filter(row -> row != null)
			.map(DocumentText.Row::number)
			.distinct()
			.sorted()
			.toList();
		String range = rows.isEmpty() ? "" : " [" + rows.get(0) + (rows.size() > 1 ? "-" + rows.get(rows.size() - 1) : "") + "]";
		return "- " + block.lines().stream().map(BlockLine::text).collect(Collectors.joining(" / ")) + range;
	}

}
