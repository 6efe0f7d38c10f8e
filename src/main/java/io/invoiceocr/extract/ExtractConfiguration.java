package io.invoiceocr.extract;

import io.invoiceocr.extract.llm.LlmProperties;
import io.invoiceocr.extract.llm.OllamaHealthIndicator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The invoice extractor as a bean, as {@code invoice-ocr.extract.*} describes it. */
@Configuration(proxyBeanMethods = false)
class ExtractConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ExtractConfiguration.class);

	@Bean(destroyMethod = "close")
	ConfiguredExtractor invoiceExtractor(ExtractProperties settings, LlmProperties llm) {
		ConfiguredExtractor extractor = ConfiguredExtractor.create(settings, llm);
		log.info("Invoice extraction: {}", extractor.description());
		return extractor;
	}

	/** {@code ollama} in the health groups, when a language model is configured. */
	@Bean("ollama")
	@ConditionalOnExpression("!'${invoice-ocr.extract.llm.base-url:}'.isBlank()")
	OllamaHealthIndicator ollamaHealthIndicator(LlmProperties llm, ExtractProperties settings) {
		return new OllamaHealthIndicator(llm, settings);
	}

}
