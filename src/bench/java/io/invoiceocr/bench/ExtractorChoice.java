package io.invoiceocr.bench;

import io.invoiceocr.extract.ConfiguredExtractor;
import io.invoiceocr.extract.ExtractProperties;
import io.invoiceocr.extract.llm.LlmProperties;

/**
 * The extractors an evaluation run uses, as the service would configure them from the options:
 * from the page text alone, and with the embedded e-invoice XML first.
 */
record ExtractorChoice(String description, ConfiguredExtractor fromText, ConfiguredExtractor withEmbeddedXml)
		implements AutoCloseable {

	static ExtractorChoice of(ExtractEvalOptions options) {
		LlmProperties llm = LlmProperties.defaults();
		if (options.ollama() != null) {
			llm = llm.withBaseUrl(options.ollama());
			if (options.model() != null) {
				llm = new LlmProperties(llm.baseUrl(), options.model(), llm.timeout(), llm.maxRetries(), llm.maxContextTokens(),
						llm.maxOutputTokens(), llm.maxInputChars(), llm.charsPerToken());
			}
		}
		ExtractProperties defaults = ExtractProperties.defaults();
		ConfiguredExtractor fromText = ConfiguredExtractor.create(
				new ExtractProperties(false, defaults.fallbackToRules(), defaults.repairRound()), llm);
		return new ExtractorChoice(fromText.description(), fromText, ConfiguredExtractor.create(defaults, llm));
	}

	@Override
	public void close() {
		fromText.close();
		withEmbeddedXml.close();
	}

}
