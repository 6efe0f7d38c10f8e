package io.invoiceocr.ocr;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The OCR engine as a bean. Lazy: the models load (about a second, a few hundred MB of native
 * memory) when the first document needs them, not in runs that only stage events.
 */
@Configuration(proxyBeanMethods = false)
class OcrConfiguration {

	@Bean(destroyMethod = "close")
	@Lazy
	OcrEngine ocrEngine(OcrProperties properties) {
		return OcrEngines.create(properties);
	}

}
