package io.invoiceocr.extract.llm;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaChatRequestParameters;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import tools.jackson.databind.JsonNode;

import io.invoiceocr.extract.DocumentText;

/**
 * Asks a Qwen model served by Ollama for a document's invoice data.
 * <p>
 * The request carries the answer's JSON schema as Ollama's {@code format}, so that the model can
 * only answer in that shape; temperature 0, since extraction has one right answer; and a context
 * window ({@code num_ctx}) and answer limit ({@code num_predict}) sized to the document, since
 * Ollama's default window would cut a long invoice without a word.
 * <p>
 * Failures are {@link LlmException}s with a reason a person understands. Only transport failures
 * are retried (nothing listening, a broken connection, a 5xx): a timeout would most likely recur
 * and double the wait, and a wrong answer is for the caller to send back once for repair. The
 * timeout covers the whole answer: a server that starts answering in time but sends the answer
 * slowly is cut off too, which the HTTP client's own timeout (up to the first byte) does not do.
 * <p>
 * Safe for use by several threads at once: one client can serve every partition of a run.
 */
public class OllamaInvoiceClient implements AutoCloseable {

	private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

	private final InvoicePrompt prompt;

	private final OllamaFailures failures;

	private final RetriedChatCalls calls;

	/** @throws IllegalArgumentException when no language model is configured (empty base URL) */
	public OllamaInvoiceClient(LlmProperties properties) {
		this(properties, FIRST_BACKOFF);
	}

	OllamaInvoiceClient(LlmProperties properties, Duration firstBackoff) {
		if (!properties.configured()) {
			throw new IllegalArgumentException(
					"no language model is configured: invoice-ocr.extract.llm.base-url is empty");
		}
		this.prompt = new InvoicePrompt(properties);
		this.failures = new OllamaFailures(properties);
		ChatModel model = OllamaChatModel.builder()
			.baseUrl(properties.baseUrl())
			.modelName(properties.model())
			.temperature(0.0)
			.numPredict(properties.maxOutputTokens())
			.timeout(properties.timeout())
			// Retries are this client's: langchain4j's would also retry timeouts.
			.maxRetries(0)
			.supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
			.responseFormat(InvoiceAnswerSchema.responseFormat())
			.build();
		this.calls = new RetriedChatCalls(properties, model, failures, firstBackoff);
	}

	/**
	 * Asks for the invoice data of one document.
	 * @param text           the document's rows
	 * @param problems       empty on the first ask; on a repair ask, what was wrong with the previous
	 *                       answer ({@link LlmReply#problems()}, or the message of an
	 *                       {@code INVALID_JSON} / {@code SCHEMA_VIOLATION} failure)
	 * @param previousAnswer null on the first ask; on a repair ask, the answer the problems are about
	 * @throws LlmException when there is no usable answer; the message says why
	 */
	public LlmReply ask(DocumentText text, List<String> problems, String previousAnswer) throws LlmException {
		long start = System.nanoTime();
		InvoicePrompt.Prepared prepared = prompt.prepare(text, problems == null ? List.of() : problems, previousAnswer);
		ChatRequest request = ChatRequest.builder()
			.messages(prepared.messages())
			.parameters(OllamaChatRequestParameters.builder()
				.numCtx(prepared.numCtx())
				.maxOutputTokens(prepared.numPredict())
				.build())
			.build();
		ChatResponse response = calls.sendWithRetries(request);
		String raw = response.aiMessage().text();
		if (response.finishReason() == FinishReason.LENGTH) {
			throw failures.cutOff(raw);
		}
		JsonNode answer = AnswerReader.read(raw);
		AnswerMapper.Mapped mapped = AnswerMapper.map(answer, text);
		TokenUsage usage = response.tokenUsage();
		return new LlmReply(mapped.invoice(), raw, mapped.rowsCited(), mapped.problems(), prepared.truncation(),
				usage == null ? null : usage.inputTokenCount(), usage == null ? null : usage.outputTokenCount(),
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
	}

	/** Stops requests still running (their answers are no longer awaited). */
	@Override
	public void close() {
		calls.close();
	}

}
