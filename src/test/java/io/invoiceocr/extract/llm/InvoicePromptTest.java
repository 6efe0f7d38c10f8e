package io.invoiceocr.extract.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import org.junit.jupiter.api.Test;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.PrintedPage;

import static org.assertj.core.api.Assertions.assertThat;

/** The request's messages and its sizing to the model's context window. */
class InvoicePromptTest {

	private static final LlmProperties DEFAULTS = LlmProperties.defaults().withBaseUrl("http://localhost:11434");

	@Test
	void aShortDocumentGetsTheSmallestWindowThatHoldsItAndTheAnswer() {
		// given
		DocumentText receipt = OcrRows.page("ACME SDN BHD", "TOTAL RM 9.00");

		// when
		InvoicePrompt.Prepared prepared = new InvoicePrompt(DEFAULTS).prepare(receipt, List.of(), null);

		// then
		assertThat(prepared.numPredict()).isEqualTo(4096);
		assertThat(prepared.numCtx()).isEqualTo(8192);
		assertThat(needed(prepared)).isLessThanOrEqualTo(8192).isGreaterThan(4096);
		assertThat(prepared.truncation()).isNull();
	}

	@Test
	void theWindowGrowsInPowersOfTwoWithTheText() {
		// given: about 20,000 characters, some 7,000 tokens
		DocumentText invoice = OcrRows.page(OcrRows.items(1, 650).toArray(String[]::new));

		// when
		InvoicePrompt.Prepared prepared = new InvoicePrompt(DEFAULTS).prepare(invoice, List.of(), null);

		// then
		assertThat(prepared.numCtx()).isEqualTo(16384);
		assertThat(needed(prepared)).isBetween(8193, 16384);
		assertThat(prepared.truncation()).isNull();
	}

	@Test
	void aTextLargerThanTheLargestWindowIsCutToFitIt() {
		// given: 8k tokens at most, half of them for the answer
		LlmProperties small = new LlmProperties("http://localhost:11434", "qwen2.5:7b-instruct",
				Duration.ofSeconds(120), 2, 8192, 4096, 48000, 3.0);
		DocumentText invoice = OcrRows.page(OcrRows.items(1, 400).toArray(String[]::new));

		// when
		InvoicePrompt.Prepared prepared = new InvoicePrompt(small).prepare(invoice, List.of(), null);

		// then
		assertThat(prepared.numCtx()).isEqualTo(8192);
		assertThat(needed(prepared)).isLessThanOrEqualTo(8192);
		assertThat(prepared.truncation()).matches("kept rows 1-\\d+ and \\d+-400 of 400: \\d+ rows in the middle "
				+ "left out to fit 8192 tokens "
				+ "\\(invoice-ocr.extract.llm.max-context-tokens, with 4096 for the answer\\)");
	}

	@Test
	void theNoteNamesTheRowsKeptAndLeftOut() {
		// given: rows of one character each, 240 allowed
		List<DocumentText.Row> rows = OcrRows.page(OcrRows.items(1, 400).toArray(String[]::new)).rows();

		// when
		RowWindow window = RowWindow.fit(rows, 240, row -> 1);

		// then: a quarter of the budget for the end, the rest for the start
		assertThat(window.note("to fit 32768 tokens"))
			.isEqualTo("kept rows 1-180 and 341-400 of 400: 160 rows in the middle left out to fit 32768 tokens");
	}

	@Test
	void rowsAreNumberedAndPagesSeparated() {
		// given
		DocumentText twoPages = OcrRows.pages(List.of("ACME SDN BHD", "Widget RM 5.00"), List.of("TOTAL RM 9.00"));

		// when
		InvoicePrompt.Prepared prepared = new InvoicePrompt(DEFAULTS).prepare(twoPages, List.of(), null);

		// then
		assertThat(prepared.messages()).hasSize(2);
		assertThat(prepared.messages().get(0)).isInstanceOf(SystemMessage.class);
		assertThat(((UserMessage) prepared.messages().get(1)).singleText())
			.endsWith("1| ACME SDN BHD\n2| Widget RM 5.00\n--- page 2 ---\n3| TOTAL RM 9.00\n");
	}

	@Test
	void blocksSideBySideAreListedAfterTheRowsWithTheirRows() {
		// given a letterhead whose name column has the address column beside it
		DocumentText letterhead = DocumentText.of(new PrintedPage()
			.block(280, 15, "Hartmann Werbeagentur GmbH", "kontakt@hartmann.de")
			.block(440, 15, "Hauptstraße 48", "60386 Frankfurt am Main")
			.line(30, 120, "Total 82,90 €")
			.textLayer());

		// when
		String user = ((UserMessage) new InvoicePrompt(DEFAULTS).prepare(letterhead, List.of(), null).messages().get(1)).singleText();

		// then the rows run the columns together, and the blocks keep them apart with the rows they are on
		assertThat(user).contains("1| Hartmann Werbeagentur GmbH Hauptstraße 48\n")
			.endsWith(PromptBlocks.HEADER + "- Hartmann Werbeagentur GmbH / kontakt@hartmann.de [1-2]\n"
					+ "- Hauptstraße 48 / 60386 Frankfurt am Main [1-2]\n");
	}

	@Test
	void aRepairAskCountsThePreviousAnswerInTheWindow() {
		// given
		DocumentText receipt = OcrRows.page("ACME SDN BHD", "TOTAL RM 9.00");
		String longAnswer = "{\"lineItems\": [" + "{\"description\": \"Widget\"},".repeat(500) + "{}]}";

		// when
		InvoicePrompt prompt = new InvoicePrompt(DEFAULTS);
		InvoicePrompt.Prepared first = prompt.prepare(receipt, List.of(), null);
		List<String> problems = List.of("total: \"nine\" is not an amount");
		InvoicePrompt.Prepared repair = prompt.prepare(receipt, problems, longAnswer);

		// then
		assertThat(repair.messages()).hasSize(4);
		assertThat(((AiMessage) repair.messages().get(2)).text()).isEqualTo(longAnswer);
		assertThat(repair.inputTokens()).isGreaterThan(first.inputTokens() + longAnswer.length() / 3);
		assertThat(repair.numCtx()).isEqualTo(16384);
	}

	@Test
	void previousAnswerWithoutProblemsIsAFirstAsk() {
		// given
		DocumentText receipt = OcrRows.page("TOTAL RM 9.00");

		// when
		InvoicePrompt.Prepared prepared = new InvoicePrompt(DEFAULTS).prepare(receipt, new ArrayList<>(), "{}");

		// then
		assertThat(prepared.messages()).hasSize(2);
	}

	/** What the window must hold: the input with its margin, the chat template, the answer. */
	private static int needed(InvoicePrompt.Prepared prepared) {
		int input = (int) Math.ceil(prepared.inputTokens() * (1 + ContextSizing.ESTIMATE_MARGIN));
		return input + ContextSizing.TEMPLATE_TOKENS + prepared.numPredict();
	}

}
