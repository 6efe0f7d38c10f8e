package io.invoiceocr.extract;

import io.invoiceocr.extract.llm.LlmProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The extractor the settings describe. */
class ConfiguredExtractorTest {

	@Test
	void withoutAnOllamaUrlTheRulesExtractAfterTheEmbeddedXml() throws Exception {
		try (ConfiguredExtractor extractor = ConfiguredExtractor.create(ExtractProperties.defaults(), LlmProperties.defaults())) {
			assertThat(extractor.description()).isEqualTo("embedded e-invoice XML, else rule-based extractor");
			Extraction extraction = extractor.extract(new ExtractionInput(Pages.document("Invoice No: 7", "Total | 12.00"), null));
			assertThat(extraction.metadata().extractors()).containsExactly("rules");
		}
	}

	@Test
	void withAnOllamaUrlTheModelExtractsWithTheRulesAsFallback() {
		LlmProperties llm = LlmProperties.defaults().withBaseUrl("http://127.0.0.1:11434");
		ExtractProperties withoutXml = new ExtractProperties(false, true, true);

		try (ConfiguredExtractor extractor = ConfiguredExtractor.create(withoutXml, llm)) {
			assertThat(extractor.description()).isEqualTo("qwen2.5:7b-instruct at http://127.0.0.1:11434, rules as fallback");
		}
	}

}
