package io.invoiceocr.extract.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.DocumentText.Row;

/**
 * The messages asking the model for one document's invoice data, sized to its context window.
 * <p>
 * The system message is the extraction prompt ({@code models/invoice-extraction-prompt.txt}) with the
 * answer's JSON schema. The user message is the document's rows, each prefixed with its number
 * ({@code 12| TOTAL RM 9.00}) so that the answer can cite where a value was read, and pages
 * separated by a {@code --- page 2 ---} line, then the first page's blocks (lines printed together,
 * with the numbers of their rows), which tell a name's address from the column beside it. A repair ask adds the previous answer and a turn
 * listing its problems.
 * <p>
 * Rows that do not fit are cut from the middle, with a marker line where they were, and the cut is
 * reported: a model that never saw the totals must not look as if it had read the whole invoice.
 */
final class InvoicePrompt {

	/** Where the build puts the extraction prompt on the classpath (see pom.xml). */
	static final String PROMPT_RESOURCE = "prompts/invoice-extraction-prompt.txt";

	private static final String ROWS_HEADER = "OCR text of the document, one numbered row per line:\n\n";

	/** Room for page separators and the cut marker, which the budget does not count row by row. */
	private static final int MARKER_CHARS = 48;

	private final String system;

	private final ContextSizing sizing;

	InvoicePrompt(LlmProperties properties) {
		this(properties, load(PROMPT_RESOURCE));
	}

	InvoicePrompt(LlmProperties properties, String instructions) {
		this.system = instructions.strip() + "\n\nThe JSON schema of the answer:\n" + InvoiceAnswerSchema.json();
		this.sizing = new ContextSizing(properties);
	}

	/**
	 * The request for one document.
	 * @param text           the document's rows
	 * @param problems       what was wrong with the previous answer; empty on the first ask, and a repair
	 *                       ask is made only when there are problems to name
	 * @param previousAnswer the previous answer as the model gave it, sent back on a repair ask; may be
	 *                       null
	 */
	Prepared prepare(DocumentText text, List<String> problems, String previousAnswer) {
		boolean repair = problems != null && !problems.isEmpty();
		String answer = repair && previousAnswer != null && !previousAnswer.isBlank() ? previousAnswer : null;
		String correction = repair ? correction(problems) : null;
		String blocks = PromptBlocks.render(text);
		int fixedChars = system.length() + ROWS_HEADER.length() + blocks.length() + 1 + length(answer) + length(correction)
				+ MARKER_CHARS * (text.pageCount() + 1);
		ContextSizing.RowBudget budget = sizing.rowBudget(fixedChars);
		RowWindow window = RowWindow.fit(text.rows(), budget.chars(), InvoicePrompt::cost);
		String rows = ROWS_HEADER + render(window) + (blocks.isEmpty() ? "" : "\n" + blocks);

		List<ChatMessage> messages = new ArrayList<>();
		messages.add(SystemMessage.from(system));
		messages.add(UserMessage.from(rows));
		if (answer != null) {
			messages.add(AiMessage.from(answer));
		}
		if (correction != null) {
			messages.add(UserMessage.from(correction));
		}
		int inputTokens = sizing.tokens(messages.stream().mapToInt(InvoicePrompt::length).sum());
		return new Prepared(messages, sizing.numCtx(inputTokens), sizing.numPredict(), inputTokens,
				window.note(budget.limit()));
	}

	/** The row as the model sees it: {@code 12| TOTAL RM 9.00}. */
	static String line(Row row) {
		return row.number() + "| " + row.text();
	}

	private static int cost(Row row) {
		return line(row).length() + 1;
	}

	private static String render(RowWindow window) {
		StringBuilder out = new StringBuilder();
		int page = window.head().isEmpty() ? 1 : window.head().get(0).page();
		page = append(out, window.head(), page);
		if (window.cut()) {
			out.append("--- rows ")
				.append(window.firstLeftOut())
				.append('-')
				.append(window.lastLeftOut())
				.append(" left out ---\n");
		}
		append(out, window.tail(), page);
		return out.toString();
	}

	private static int append(StringBuilder out, List<Row> rows, int page) {
		for (Row row : rows) {
			if (row.page() != page) {
				page = row.page();
				out.append("--- page ").append(page).append(" ---\n");
			}
			out.append(line(row)).append('\n');
		}
		return page;
	}

	private static String correction(List<String> problems) {
		StringBuilder out = new StringBuilder("Your answer had these problems:\n");
		for (String problem : problems) {
			out.append("- ").append(problem).append('\n');
		}
		return out.append("Answer again, corrected: the whole JSON object, every value exactly as printed, ")
			.append("null where the document does not show it.")
			.toString();
	}

	private static int length(String text) {
		return text == null ? 0 : text.length();
	}

	private static int length(ChatMessage message) {
		if (message instanceof SystemMessage system) {
			return system.text().length();
		}
		if (message instanceof UserMessage user) {
			return user.singleText().length();
		}
		return length(((AiMessage) message).text());
	}

	private static String load(String resource) {
		try (InputStream in = InvoicePrompt.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("the extraction prompt " + resource + " is not on the classpath: "
						+ "the build copies it there from models/invoice-extraction-prompt.txt");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the extraction prompt " + resource, ex);
		}
	}

	/**
	 * A request ready to send.
	 * @param messages    system, user (the rows), and on a repair ask the previous answer and the problems
	 * @param numCtx      the context window to ask for
	 * @param numPredict  the most tokens the answer may take
	 * @param inputTokens the estimated tokens of the messages
	 * @param truncation  which rows were left out and why, or null when every row is in
	 */
	record Prepared(List<ChatMessage> messages, int numCtx, int numPredict, int inputTokens, String truncation) {

		Prepared {
			messages = List.copyOf(messages);
		}

	}

}
