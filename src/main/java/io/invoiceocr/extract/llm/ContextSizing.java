package io.invoiceocr.extract.llm;

/**
 * Sizes a request to the model's context window. Ollama cuts a prompt longer than {@code num_ctx}
 * without a word (it keeps the end), and a window larger than needed costs memory and time, so the
 * window is sized to each document: the estimated input, the room for the answer, and some margin,
 * rounded up to a power of two (the sizes the model's cache is usually run with), up to
 * {@link LlmProperties#maxContextTokens()}.
 * <p>
 * Tokens are estimated from characters, since the model's tokenizer is on the server.
 */
final class ContextSizing {

	/** Tokens the chat template adds around the messages (role markers, turn ends), with room to spare. */
	static final int TEMPLATE_TOKENS = 256;

	/** The estimate's margin of error, as a share of the estimate. */
	static final double ESTIMATE_MARGIN = 0.1;

	private final LlmProperties properties;

	ContextSizing(LlmProperties properties) {
		this.properties = properties;
	}

	/** The estimated tokens of a text this long. */
	int tokens(int chars) {
		return (int) Math.ceil(chars / properties.charsPerToken());
	}

	/** The room for the answer: {@code num_predict}. */
	int numPredict() {
		return properties.maxOutputTokens();
	}

	/** The window for an input of this many estimated tokens: {@code num_ctx}. */
	int numCtx(int inputTokens) {
		long needed = inputTokens + (long) Math.ceil(inputTokens * ESTIMATE_MARGIN) + TEMPLATE_TOKENS + numPredict();
		long window = Long.highestOneBit(needed);
		if (window < needed) {
			window <<= 1;
		}
		return (int) Math.min(window, properties.maxContextTokens());
	}

	/**
	 * How many characters of document rows can be sent next to a fixed part (instructions, schema, a
	 * previous answer) of this many characters, and which setting sets that limit.
	 */
	RowBudget rowBudget(int fixedChars) {
		double inputTokens = (properties.maxContextTokens() - numPredict() - TEMPLATE_TOKENS) / (1 + ESTIMATE_MARGIN);
		int contextChars = Math.max(0, (int) (inputTokens * properties.charsPerToken()) - fixedChars);
		if (contextChars < properties.maxInputChars()) {
			return new RowBudget(contextChars, "to fit " + properties.maxContextTokens()
					+ " tokens (invoice-ocr.extract.llm.max-context-tokens, with " + numPredict() + " for the answer)");
		}
		return new RowBudget(properties.maxInputChars(),
				"to fit " + properties.maxInputChars() + " characters (invoice-ocr.extract.llm.max-input-chars)");
	}

	/**
	 * @param chars characters of rows that can be sent
	 * @param limit what sets the limit, for the truncation note ({@code to fit 32768 tokens (...)})
	 */
	record RowBudget(int chars, String limit) {
	}

}
