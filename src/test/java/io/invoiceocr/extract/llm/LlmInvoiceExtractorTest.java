package io.invoiceocr.extract.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.invoiceocr.extract.Check;
import io.invoiceocr.extract.Extraction;
import io.invoiceocr.extract.ExtractionException;
import io.invoiceocr.extract.ExtractionInput;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.Pages;
import io.invoiceocr.extract.rules.RuleBasedExtractor;
import io.invoiceocr.ocr.OcrResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What a document gets from the language model path when the model answers well, badly or not at
 * all: repaired, completed by the rules, fallen back, or failed with a reason; never an exception
 * that would end a run.
 */
class LlmInvoiceExtractorTest {

	private static final OcrResult RECEIPT = Pages.document("ACME TRADING SDN BHD", "12 JALAN BUKIT, 50450 KUALA LUMPUR",
			"TAX INVOICE", "Invoice No: INV-1001 | Date: 05/03/2018", "SUBTOTAL | RM 100.00", "GST 6% | RM 6.00",
			"TOTAL | RM 106.00");

	private static final String GOOD = answer("ACME TRADING SDN BHD", "INV-1001", "05/03/2018", "RM 100.00", "RM 6.00",
			"RM 106.00");

	private final OllamaStub stub = OllamaStub.start();

	private final List<OllamaInvoiceClient> clients = new ArrayList<>();

	@AfterEach
	void stop() {
		clients.forEach(OllamaInvoiceClient::close);
		stub.close();
	}

	@Test
	void aValidAnswerIsTakenWithItsEvidenceAndWhatItLeftOutComesFromTheRules() throws Exception {
		// given
		stub.reply(OllamaStub.Reply.answer(GOOD));

		// when
		Extraction extraction = extractor(true).extract(input());

		// then
		assertThat(extraction.invoice().total().value()).isEqualByComparingTo("106.00");
		assertThat(extraction.invoice().total().source()).isEqualTo(FieldSource.LLM);
		assertThat(extraction.invoice().total().grounded()).isTrue();
		// the answer left the vendor's address out; the rules read it
		assertThat(extraction.invoice().vendor().address().source()).isEqualTo(FieldSource.RULES);
		assertThat(extraction.metadata().extractors()).containsExactly("llm", "rules");
		assertThat(extraction.metadata().repairRounds()).isZero();
		assertThat(extraction.validation().valid()).isTrue();
		assertThat(stub.chatRequests()).hasSize(1);
	}

	@Test
	void invalidJsonIsSentBackOnceAndTheRepairedAnswerUsed() throws Exception {
		// given
		stub.reply(OllamaStub.Reply.answer("Sure! Here is the invoice: {total: 106"), OllamaStub.Reply.answer(GOOD));

		// when
		Extraction extraction = extractor(true).extract(input());

		// then
		assertThat(extraction.invoice().total().value()).isEqualByComparingTo("106.00");
		assertThat(extraction.metadata().repairRounds()).isEqualTo(1);
		assertThat(extraction.metadata().notes()).anySatisfy(note -> assertThat(note).contains("repaired answer was used"));
		assertThat(stub.lastChatRequest().toString()).contains("Sure! Here is the invoice");
	}

	@Test
	void anAnswerBreakingTheSchemaTwiceFallsBackToTheRules() throws Exception {
		// given an answer whose total is an object, twice
		String wrongShape = GOOD.replace("\"total\": \"RM 106.00\"", "\"total\": {\"value\": 106}");
		stub.reply(OllamaStub.Reply.answer(wrongShape), OllamaStub.Reply.answer(wrongShape));

		// when
		Extraction extraction = extractor(true).extract(input());

		// then the rules gave every field, and the metadata says why
		assertThat(extraction.invoice().total().value()).isEqualByComparingTo("106.00");
		assertThat(extraction.invoice().total().source()).isEqualTo(FieldSource.RULES);
		assertThat(extraction.metadata().extractors()).containsExactly("rules");
		assertThat(extraction.metadata().notes()).singleElement()
			.satisfies(note -> assertThat(note).contains("no usable answer", "rule-based extractor"));
	}

	@Test
	void aValueNotInTheTextIsSentBackAndThenReplacedByTheRules() throws Exception {
		// given a made-up invoice number, kept in the repaired answer too
		String invented = answer("ACME TRADING SDN BHD", "INV-9999", "05/03/2018", "RM 100.00", "RM 6.00", "RM 106.00");
		stub.reply(OllamaStub.Reply.answer(invented), OllamaStub.Reply.answer(invented));

		// when
		Extraction extraction = extractor(true).extract(input());

		// then the repair ask named the problem; the rules' number, found in the text, replaced it
		assertThat(stub.lastChatRequest().toString()).contains("INV-9999", "not in the document");
		assertThat(extraction.invoice().invoiceNumber().value()).isEqualTo("INV-1001");
		assertThat(extraction.invoice().invoiceNumber().source()).isEqualTo(FieldSource.RULES);
		assertThat(extraction.invoice().total().source()).isEqualTo(FieldSource.LLM);
		assertThat(extraction.metadata().extractors()).containsExactly("llm", "rules");
		assertThat(extraction.metadata().notes()).anySatisfy(note -> assertThat(note).contains("invoiceNumber"));
	}

	@Test
	void aServerErrorFallsBackToTheRulesAfterTheRetries() throws Exception {
		// given
		stub.reply(OllamaStub.Reply.error(500, "boom"), OllamaStub.Reply.error(500, "boom"), OllamaStub.Reply.error(500, "boom"));

		// when
		Extraction extraction = extractor(true).extract(input());

		// then
		assertThat(stub.chatRequests()).hasSize(3);
		assertThat(extraction.invoice().total().source()).isEqualTo(FieldSource.RULES);
		assertThat(extraction.metadata().notes()).singleElement().satisfies(note -> assertThat(note).contains("500"));
	}

	@Test
	void aTimeoutAndASlowStreamFallBackToTheRules() throws Exception {
		// given one reply later than the timeout, one trickled over longer than it
		stub.reply(OllamaStub.Reply.answer(GOOD).delayedBy(Duration.ofSeconds(3)));

		// when
		Extraction late = extractor(true, Duration.ofSeconds(1)).extract(input());
		stub.reply(OllamaStub.Reply.answer(GOOD).trickledOver(Duration.ofSeconds(3)));
		Extraction slow = extractor(true, Duration.ofSeconds(1)).extract(input());

		// then
		for (Extraction extraction : List.of(late, slow)) {
			assertThat(extraction.invoice().total().source()).isEqualTo(FieldSource.RULES);
			assertThat(extraction.metadata().notes()).singleElement().satisfies(note -> assertThat(note).containsIgnoringCase("time"));
		}
	}

	@Test
	void anAnswerCutOffAtTheOutputLimitFallsBackToTheRules() throws Exception {
		// given
		stub.reply(OllamaStub.Reply.answer(GOOD.substring(0, 120)).doneBecause("length"));

		// when
		Extraction extraction = extractor(true).extract(input());

		// then
		assertThat(extraction.invoice().total().source()).isEqualTo(FieldSource.RULES);
		assertThat(extraction.metadata().notes()).singleElement().satisfies(note -> assertThat(note).contains("cut off"));
	}

	@Test
	void withoutTheFallbackTheDocumentFailsWithAReasonAPersonUnderstands() {
		// given a model that is not there
		stub.close();

		// when
		ExtractionException failure = catchThrowableOfType(ExtractionException.class, () -> extractor(false).extract(input()));

		// then
		assertThat(failure).hasMessageStartingWith("the language model gave no usable answer: ");
		assertThat(failure.getMessage()).containsIgnoringCase(stub.baseUrl().replace("http://", ""));
	}

	@Test
	void anAnswerWhoseAmountsDoNotAddUpIsFlagged() throws Exception {
		// given a total that is not subtotal + tax, in the repaired answer as well
		String wrongSum = answer("ACME TRADING SDN BHD", "INV-1001", "05/03/2018", "RM 100.00", "RM 6.00", "RM 100.00");
		stub.reply(OllamaStub.Reply.answer(wrongSum), OllamaStub.Reply.answer(wrongSum));

		// when
		Extraction extraction = extractor(true).extract(input());

		// then the problem went back to the model, and the validation block lists it
		assertThat(stub.lastChatRequest().toString()).contains("100.00 + 6.00 = 106.00");
		assertThat(extraction.validation().failures()).extracting(Check::name).contains("subtotal + taxTotal = total");
	}

	private static String answer(String vendor, String number, String date, String subtotal, String tax, String total) {
		return """
				{"vendor": {"name": "%s", "address": null, "taxId": null, "phone": null, "email": null, "iban": null},
				 "customer": {"name": null, "address": null, "taxId": null},
				 "invoiceNumber": "%s", "invoiceDate": "%s", "dueDate": null, "purchaseOrder": null,
				 "currency": "MYR", "subtotal": "%s", "taxTotal": "%s", "total": "%s", "amountDue": null,
				 "paymentTerms": null, "taxes": [], "lineItems": []}
				""".formatted(vendor, number, date, subtotal, tax, total);
	}

	private static ExtractionInput input() {
		return new ExtractionInput(RECEIPT, null);
	}

	private LlmInvoiceExtractor extractor(boolean fallback) {
		return extractor(fallback, Duration.ofSeconds(30));
	}

	private LlmInvoiceExtractor extractor(boolean fallback, Duration timeout) {
		LlmProperties settings = new LlmProperties(stub.baseUrl(), "qwen2.5:7b-instruct", timeout, 2, 32768, 4096, 48000, 3.0);
		OllamaInvoiceClient client = new OllamaInvoiceClient(settings, Duration.ofMillis(50));
		clients.add(client);
		return new LlmInvoiceExtractor(client, new RuleBasedExtractor(), settings.model(), true, fallback);
	}

}
