package io.invoiceocr.extract.llm;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.Invoice;
import io.invoiceocr.extract.InvoiceField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The client against a stand-in that speaks Ollama's HTTP API. */
class OllamaInvoiceClientTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DocumentText RECEIPT = OcrRows.page("ACME TRADING SDN BHD", "GST ID: 001234567890",
			"12 JALAN BUKIT, 50450 KUALA LUMPUR", "TAX INVOICE", "Invoice No: INV-1001 Date: 05 MAR 2018",
			"Bill To: Borneo Foods Sdn Bhd", "Widget A 2 RM 500,00 RM 1.000,00", "Widget B 1 RM 234,50 RM 234,50",
			"SUBTOTAL RM 1.164,62", "GST 6% RM 69,88", "TOTAL RM 1.234,50");

	private static final String ANSWER = """
			{"vendor": {"name": "ACME TRADING SDN BHD", "address": "12 JALAN BUKIT, 50450 KUALA LUMPUR",
			            "taxId": "001234567890", "phone": null, "email": null, "iban": null},
			 "customer": {"name": "Borneo Foods Sdn Bhd", "address": null, "taxId": null},
			 "invoiceNumber": "INV-1001", "invoiceDate": "05 MAR 2018", "dueDate": null, "purchaseOrder": null,
			 "currency": "RM", "subtotal": "RM 1.164,62", "taxTotal": "RM 69,88", "total": "RM 1.234,50",
			 "amountDue": null, "paymentTerms": null,
			 "taxes": [{"rate": "6%", "base": "RM 1.164,62", "amount": "RM 69,88"}],
			 "lineItems": [{"description": "Widget A", "quantity": "2", "unit": null, "unitPrice": "RM 500,00",
			                "amount": "RM 1.000,00", "taxRate": null},
			               {"description": "Widget B", "quantity": "1", "unit": null, "unitPrice": "RM 234,50",
			                "amount": "RM 234,50", "taxRate": null}],
			 "lines": {"vendor.name": 1, "invoiceNumber": 5, "invoiceDate": 5, "total": 11}}
			""";

	private final OllamaStub stub = OllamaStub.start();

	private final List<OllamaInvoiceClient> clients = new ArrayList<>();

	@AfterEach
	void stop() {
		clients.forEach(OllamaInvoiceClient::close);
		stub.close();
	}

	@Test
	void turnsTheAnswerIntoAnInvoiceWithNormalisedValues() throws Exception {
		// given
		stub.reply(OllamaStub.Reply.answer(ANSWER));

		// when
		LlmReply reply = client(settings()).ask(RECEIPT, List.of(), null);

		// then
		Invoice invoice = reply.invoice();
		assertThat(invoice.total().value()).isEqualByComparingTo("1234.50");
		assertThat(invoice.total().text()).isEqualTo("RM 1.234,50");
		assertThat(invoice.total().source()).isEqualTo(FieldSource.LLM);
		assertThat(invoice.total().confidence()).isEqualTo(0.9);
		assertThat(invoice.invoiceDate().value()).isEqualTo(LocalDate.of(2018, 3, 5));
		assertThat(invoice.currency().value()).isEqualTo("MYR");
		assertThat(invoice.vendor().name().value()).isEqualTo("ACME TRADING SDN BHD");
		assertThat(invoice.customer().name().value()).isEqualTo("Borneo Foods Sdn Bhd");
		assertThat(invoice.taxes()).singleElement().satisfies(tax -> {
			assertThat(tax.rate().value()).isEqualByComparingTo("6");
			assertThat(tax.amount().value()).isEqualByComparingTo("69.88");
		});
		assertThat(invoice.lineItems()).extracting(item -> item.amount().value())
			.containsExactly(new BigDecimal("1000.00"), new BigDecimal("234.50"));
		assertThat(reply.problems()).isEmpty();
		assertThat(reply.rowsCited()).containsEntry(InvoiceField.TOTAL, 11).containsEntry(InvoiceField.INVOICE_DATE, 5);
		assertThat(reply.rawAnswer()).isEqualTo(ANSWER);
		assertThat(reply.truncation()).isNull();
		assertThat(reply.promptTokens()).isEqualTo(1234);
		assertThat(reply.outputTokens()).isEqualTo(321);
	}

	@Test
	void valuesAreEvidencedByTheRowsTheyWereReadFrom() throws Exception {
		// given
		stub.reply(OllamaStub.Reply.answer(ANSWER));

		// when
		Invoice invoice = client(settings()).ask(RECEIPT, List.of(), null).invoice();

		// then: the cited row, else the first row holding the value
		assertThat(invoice.total().evidence()).singleElement().satisfies(line -> assertThat(line.line()).isEqualTo(10));
		assertThat(invoice.subtotal().evidence()).singleElement()
			.satisfies(line -> assertThat(line.line()).isEqualTo(8));
		assertThat(invoice.lineItems().get(1).description().evidence()).singleElement()
			.satisfies(line -> assertThat(line.text()).startsWith("Widget B"));
	}

	@Test
	void sendsTheSchemaAsFormatWithTemperatureZeroAndAWindowSizedToTheInput() throws Exception {
		// given
		LlmProperties settings = settings();
		stub.reply(OllamaStub.Reply.answer(ANSWER));

		// when
		client(settings).ask(RECEIPT, List.of(), null);

		// then
		JsonNode request = stub.lastChatRequest();
		assertThat(request.path("model").asString()).isEqualTo("qwen2.5:7b-instruct");
		assertThat(request.path("stream").asBoolean()).isFalse();
		assertThat(request.get("format")).isEqualTo(JSON.readTree(InvoiceAnswerSchema.json()));
		JsonNode options = request.get("options");
		assertThat(options.path("temperature").asDouble()).isEqualTo(0.0);
		assertThat(options.path("num_predict").asInt()).isEqualTo(4096);
		int expectedCtx = new InvoicePrompt(settings).prepare(RECEIPT, List.of(), null).numCtx();
		assertThat(options.path("num_ctx").asInt()).isEqualTo(expectedCtx).isEqualTo(8192);
		JsonNode messages = request.get("messages");
		assertThat(messages).hasSize(2);
		assertThat(messages.get(0).path("role").asString()).isEqualTo("system");
		assertThat(messages.get(0).path("content").asString()).contains("OCR")
			.contains(InvoiceAnswerSchema.json());
		assertThat(messages.get(1).path("role").asString()).isEqualTo("user");
		assertThat(messages.get(1).path("content").asString()).contains("1| ACME TRADING SDN BHD\n")
			.contains("11| TOTAL RM 1.234,50\n");
	}

	@Test
	void aLargerDocumentGetsALargerWindow() throws Exception {
		// given: about 36,000 characters of rows, some 12,000 tokens
		DocumentText large = OcrRows.page(OcrRows.items(1, 1200).toArray(String[]::new));
		stub.reply(OllamaStub.Reply.answer(ANSWER));

		// when
		client(settings()).ask(large, List.of(), null);

		// then
		assertThat(stub.lastChatRequest().path("options").path("num_ctx").asInt()).isEqualTo(32768);
	}

	@Test
	void anAnswerThatIsNotJsonIsRefused() {
		// given
		stub.reply(OllamaStub.Reply.answer("The invoice total is RM 9.00."));

		// when
		LlmException failure = failure(() -> client(settings()).ask(RECEIPT, List.of(), null));

		// then
		assertThat(failure.kind()).isEqualTo(LlmException.Kind.INVALID_JSON);
		assertThat(failure).hasMessageStartingWith("the language model's answer is not JSON")
			.hasMessageContaining("The invoice total is RM 9.00.");
		assertThat(failure.rawAnswer()).isEqualTo("The invoice total is RM 9.00.");
	}

	@Test
	void jsonOfAnotherShapeIsRefused() {
		// given
		stub.reply(OllamaStub.Reply.answer("{\"total\": {\"amount\": \"9.00\"}, \"lineItems\": [\"Widget\"]}"),
				OllamaStub.Reply.answer("[{\"total\": \"9.00\"}]"));
		OllamaInvoiceClient client = client(settings());

		// when
		LlmException objectForString = failure(() -> client.ask(RECEIPT, List.of(), null));
		LlmException array = failure(() -> client.ask(RECEIPT, List.of(), null));

		// then
		assertThat(objectForString.kind()).isEqualTo(LlmException.Kind.SCHEMA_VIOLATION);
		assertThat(objectForString).hasMessage("the language model's answer is JSON but not of the invoice's shape: "
				+ "total is an object where a string or null belongs; "
				+ "lineItems[0] is a string where an object belongs");
		assertThat(array.kind()).isEqualTo(LlmException.Kind.SCHEMA_VIOLATION);
		assertThat(array).hasMessage(
				"the language model's answer is an array, not a JSON object with the invoice's fields");
	}

	@Test
	void aValueThatDoesNotNormaliseIsLeftOutAndNamed() throws Exception {
		// given
		stub.reply(OllamaStub.Reply.answer("""
				{"invoiceNumber": "INV-1001", "total": "twelve", "invoiceDate": "31/02/2024",
				 "lineItems": [{"description": "Widget A", "amount": "lots"}]}
				"""));

		// when
		LlmReply reply = client(settings()).ask(RECEIPT, List.of(), null);

		// then
		assertThat(reply.invoice().total()).isNull();
		assertThat(reply.invoice().invoiceDate()).isNull();
		assertThat(reply.invoice().invoiceNumber().value()).isEqualTo("INV-1001");
		assertThat(reply.invoice().lineItems()).singleElement().satisfies(item -> {
			assertThat(item.description().value()).isEqualTo("Widget A");
			assertThat(item.amount()).isNull();
		});
		assertThat(reply.problems()).containsExactlyInAnyOrder("total: \"twelve\" is not an amount",
				"invoiceDate: \"31/02/2024\" is not a valid date", "lineItems[0].amount: \"lots\" is not an amount");
	}

	@Test
	void aDateValidBothWaysRoundIsReadInTheOrderOfTheCurrency() throws Exception {
		// given
		stub.reply(OllamaStub.Reply.answer("{\"currency\": \"USD\", \"invoiceDate\": \"04/05/2018\"}"),
				OllamaStub.Reply.answer("{\"currency\": \"EUR\", \"invoiceDate\": \"04/05/2018\"}"));
		OllamaInvoiceClient client = client(settings());

		// when
		LlmReply dollars = client.ask(RECEIPT, List.of(), null);
		LlmReply euros = client.ask(RECEIPT, List.of(), null);

		// then
		assertThat(dollars.invoice().invoiceDate().value()).isEqualTo(LocalDate.of(2018, 4, 5));
		assertThat(euros.invoice().invoiceDate().value()).isEqualTo(LocalDate.of(2018, 5, 4));
	}

	@Test
	void aServerErrorIsRetriedThenReported() {
		// given
		stub.reply(OllamaStub.Reply.error(500, "llama runner process has terminated"),
				OllamaStub.Reply.error(500, "llama runner process has terminated"),
				OllamaStub.Reply.error(500, "llama runner process has terminated"));

		// when
		LlmException failure = failure(() -> client(settings()).ask(RECEIPT, List.of(), null));

		// then: the first attempt and max-retries (2) more
		assertThat(stub.chatRequests()).hasSize(3);
		assertThat(failure.kind()).isEqualTo(LlmException.Kind.HTTP_ERROR);
		assertThat(failure).hasMessage("Ollama at " + stub.baseUrl()
				+ " failed with HTTP 500 (3 attempts): llama runner process has terminated");
	}

	@Test
	void aServerErrorThenAnAnswerSucceeds() throws Exception {
		// given
		stub.reply(OllamaStub.Reply.error(503, "server busy"), OllamaStub.Reply.answer(ANSWER));

		// when
		LlmReply reply = client(settings()).ask(RECEIPT, List.of(), null);

		// then
		assertThat(stub.chatRequests()).hasSize(2);
		assertThat(reply.invoice().total().value()).isEqualByComparingTo("1234.50");
	}

	@Test
	void aMissingModelIsReportedAtOnce() {
		// given
		stub.reply(OllamaStub.Reply.error(404, "model \"qwen2.5:7b-instruct\" not found, try pulling it first"));

		// when
		LlmException failure = failure(() -> client(settings()).ask(RECEIPT, List.of(), null));

		// then
		assertThat(stub.chatRequests()).hasSize(1);
		assertThat(failure.kind()).isEqualTo(LlmException.Kind.HTTP_ERROR);
		assertThat(failure).hasMessageContaining("has no model \"qwen2.5:7b-instruct\"")
			.hasMessageContaining("ollama pull qwen2.5:7b-instruct");
	}

	@Test
	void anAnswerLaterThanTheTimeoutTimesOut() {
		// given
		stub.reply(OllamaStub.Reply.answer(ANSWER).delayedBy(Duration.ofSeconds(3)));
		OllamaInvoiceClient client = client(settingsWithTimeout(Duration.ofSeconds(1)));
		long start = System.nanoTime();

		// when
		LlmException failure = failure(() -> client.ask(RECEIPT, List.of(), null));

		// then: not retried
		assertThat(failure.kind()).isEqualTo(LlmException.Kind.TIMEOUT);
		assertThat(failure).hasMessageContaining("gave no complete answer within 1 s")
			.hasMessageContaining("invoice-ocr.extract.llm.timeout");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
		assertThat(stub.chatRequests()).hasSize(1);
	}

	@Test
	void anAnswerStreamedMoreSlowlyThanTheTimeoutTimesOut() {
		// given: the headers come at once, the body over 3 s
		stub.reply(OllamaStub.Reply.answer(ANSWER).trickledOver(Duration.ofSeconds(3)));
		OllamaInvoiceClient client = client(settingsWithTimeout(Duration.ofSeconds(1)));
		long start = System.nanoTime();

		// when
		LlmException failure = failure(() -> client.ask(RECEIPT, List.of(), null));

		// then
		assertThat(failure.kind()).isEqualTo(LlmException.Kind.TIMEOUT);
		assertThat(failure).hasMessageContaining("gave no complete answer within 1 s");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
	}

	@Test
	void anAnswerCutAtTheOutputLimitIsRefused() {
		// given
		stub.reply(OllamaStub.Reply.answer("{\"vendor\": {\"name\": \"ACME TRAD").doneBecause("length"));

		// when
		LlmException failure = failure(() -> client(settings()).ask(RECEIPT, List.of(), null));

		// then
		assertThat(failure.kind()).isEqualTo(LlmException.Kind.CUT_OFF);
		assertThat(failure).hasMessage("the language model's answer was cut off at 4096 tokens (num_predict); "
				+ "raise invoice-ocr.extract.llm.max-output-tokens");
		assertThat(failure.rawAnswer()).isEqualTo("{\"vendor\": {\"name\": \"ACME TRAD");
	}

	@Test
	void nothingListeningIsUnreachable() throws IOException {
		// given: a port that was just free
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		LlmProperties settings = settings().withBaseUrl("http://127.0.0.1:" + port);

		// when
		LlmException failure = failure(() -> client(settings).ask(RECEIPT, List.of(), null));

		// then
		assertThat(failure.kind()).isEqualTo(LlmException.Kind.UNREACHABLE);
		assertThat(failure).hasMessage("the language model cannot be reached at http://127.0.0.1:" + port
				+ " (3 attempts): nothing accepts connections there; is Ollama running there"
				+ " (invoice-ocr.extract.llm.base-url)?");
	}

	@Test
	void aLongDocumentLosesRowsFromItsMiddleAndSaysSo() throws Exception {
		// given: 400 rows of about 30 characters, 4,000 characters allowed
		List<String> rows = new ArrayList<>(OcrRows.items(1, 399));
		rows.add("TOTAL RM 9.00");
		LlmProperties settings = new LlmProperties(stub.baseUrl(), "qwen2.5:7b-instruct", Duration.ofSeconds(30), 2,
				32768, 4096, 4000, 3.0);
		stub.reply(OllamaStub.Reply.answer(ANSWER));

		// when
		LlmReply reply = client(settings).ask(OcrRows.page(rows.toArray(String[]::new)), List.of(), null);

		// then
		Matcher note = Pattern.compile("kept rows 1-(\\d+) and (\\d+)-400 of 400: (\\d+) rows in the middle left out "
				+ "to fit 4000 characters \\(invoice-ocr.extract.llm.max-input-chars\\)")
			.matcher(reply.truncation());
		assertThat(note.matches()).as(reply.truncation()).isTrue();
		int headEnd = Integer.parseInt(note.group(1));
		int tailStart = Integer.parseInt(note.group(2));
		assertThat(Integer.parseInt(note.group(3))).isEqualTo(tailStart - headEnd - 1);
		String sent = stub.lastChatRequest().get("messages").get(1).path("content").asString();
		assertThat(sent).contains("\n1| Item 1 Widget")
			.contains("\n" + headEnd + "| Item " + headEnd + " ")
			.contains("\n--- rows " + (headEnd + 1) + "-" + (tailStart - 1) + " left out ---\n")
			.contains("\n" + tailStart + "| Item " + tailStart + " ")
			.contains("\n400| TOTAL RM 9.00\n")
			.doesNotContain("\n" + (headEnd + 1) + "| ")
			.doesNotContain("\n" + (tailStart - 1) + "| ");
		assertThat(sent.length()).isLessThan(4200);
	}

	@Test
	void aRepairAskSendsThePreviousAnswerAndItsProblems() throws Exception {
		// given
		String previous = "{\"total\": \"twelve\"}";
		stub.reply(OllamaStub.Reply.answer(ANSWER));

		// when
		client(settings()).ask(RECEIPT, List.of("total: \"twelve\" is not an amount"), previous);

		// then
		JsonNode messages = stub.lastChatRequest().get("messages");
		assertThat(messages).hasSize(4);
		assertThat(messages.get(2).path("role").asString()).isEqualTo("assistant");
		assertThat(messages.get(2).path("content").asString()).isEqualTo(previous);
		assertThat(messages.get(3).path("role").asString()).isEqualTo("user");
		assertThat(messages.get(3).path("content").asString())
			.startsWith("Your answer had these problems:\n- total: \"twelve\" is not an amount\n")
			.contains("Answer again, corrected");
	}

	@Test
	void refusesToStartWithoutAnAddress() {
		assertThatThrownBy(() -> new OllamaInvoiceClient(LlmProperties.defaults()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("invoice-ocr.extract.llm.base-url is empty");
	}

	/**
	 * A timeout only the timeout tests reach (the first request of a cold JVM on a busy machine takes
	 * seconds); retries 50 ms apart keep the failure tests short.
	 */
	private LlmProperties settings() {
		return settingsWithTimeout(Duration.ofSeconds(30));
	}

	private LlmProperties settingsWithTimeout(Duration timeout) {
		return new LlmProperties(stub.baseUrl(), "qwen2.5:7b-instruct", timeout, 2, 32768, 4096, 48000, 3.0);
	}

	private OllamaInvoiceClient client(LlmProperties settings) {
		OllamaInvoiceClient client = new OllamaInvoiceClient(settings, Duration.ofMillis(50));
		clients.add(client);
		return client;
	}

	private static LlmException failure(Asking asking) {
		return catchThrowableOfType(LlmException.class, asking::ask);
	}

	@FunctionalInterface
	private interface Asking {

		LlmReply ask() throws LlmException;

	}

}
