package io.invoiceocr.extract.llm;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The language model that turns a document's text into invoice data: a Qwen model served by
 * Ollama. Sizes are in tokens of the model; the text is sized by characters, converted with
 * {@code charsPerToken}.
 *
 * @param baseUrl          Ollama's address ({@code http://localhost:11434}); empty when no language
 *                         model is configured
 * @param model            the Ollama model name ({@code ollama list}); {@code invoice-qwen} when made from
 *                         {@code models/Modelfile}
 * @param timeout          how long one request may take, answer included; a 7B model on CPU needs tens
 *                         of seconds for a long invoice
 * @param maxRetries       further attempts when Ollama cannot be reached or answers with a server error
 *                         (5xx); timeouts and wrong answers are not retried
 * @param maxContextTokens the largest context window ({@code num_ctx}) asked for; the window is sized to
 *                         each document up to this, since a larger one costs memory and time
 * @param maxOutputTokens  the longest answer ({@code num_predict}); an answer cut there is refused
 * @param maxInputChars    the most characters of document text sent; a longer text loses rows from its
 *                         middle
 * @param charsPerToken    characters per token, to size the text without the model's tokenizer; low on
 *                         purpose (Qwen splits numbers into single digits), so that estimates err long
 */
@Validated
@ConfigurationProperties("invoice-ocr.extract.llm")
public record LlmProperties(@DefaultValue("") String baseUrl,
		@NotBlank @DefaultValue("qwen2.5:7b-instruct") String model, @NotNull @DefaultValue("120s") Duration timeout,
		@Min(0) @Max(10) @DefaultValue("2") int maxRetries,
		@Min(4096) @Max(1_048_576) @DefaultValue("32768") int maxContextTokens,
		@Min(256) @DefaultValue("4096") int maxOutputTokens, @Min(1000) @DefaultValue("48000") int maxInputChars,
		@DecimalMin("1.0") @DecimalMax("8.0") @DefaultValue("3.0") double charsPerToken) {

	public LlmProperties {
		baseUrl = baseUrl == null ? "" : baseUrl.strip();
		if (timeout == null || timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("invoice-ocr.extract.llm.timeout must be positive, not " + timeout);
		}
		// The answer's room comes out of the same window as the invoice's text: half at most, or
		// long invoices would lose most of their rows to an answer that is rarely that long.
		if (maxOutputTokens > maxContextTokens / 2) {
			throw new IllegalArgumentException("invoice-ocr.extract.llm.max-output-tokens (" + maxOutputTokens
					+ ") must be at most half of invoice-ocr.extract.llm.max-context-tokens (" + maxContextTokens
					+ "), which also has to hold the invoice's text");
		}
	}

	/** The defaults, for use outside Spring (benchmarks, evaluation), with no model configured. */
	public static LlmProperties defaults() {
		return new LlmProperties("", "qwen2.5:7b-instruct", Duration.ofSeconds(120), 2, 32768, 4096, 48000, 3.0);
	}

	/** Whether a language model is configured at all. */
	public boolean configured() {
		return !baseUrl.isEmpty();
	}

	/** These settings with another Ollama address. */
	public LlmProperties withBaseUrl(String newBaseUrl) {
		return new LlmProperties(newBaseUrl, model, timeout, maxRetries, maxContextTokens, maxOutputTokens,
				maxInputChars, charsPerToken);
	}

}
