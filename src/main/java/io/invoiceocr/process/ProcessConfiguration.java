package io.invoiceocr.process;

import java.nio.file.Path;

import io.invoiceocr.document.DocumentResults;
import io.invoiceocr.extract.InvoiceDataProperties;
import io.invoiceocr.extract.InvoiceDataThreshold;
import io.invoiceocr.extract.InvoiceExtractor;
import io.invoiceocr.ocr.OcrEngine;
import io.invoiceocr.ocr.OcrProperties;
import io.invoiceocr.webhook.WebhookEvents;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.json.JsonMapper;

/** The processing of one document, as {@code invoice-ocr.process.*} describes it. */
@Configuration(proxyBeanMethods = false)
class ProcessConfiguration {

	@Bean
	ProcessMetrics processMetrics(MeterRegistry registry) {
		return new ProcessMetrics(registry);
	}

	@Bean
	ResultJson resultJson(JsonMapper jsonMapper) {
		return new ResultJson(jsonMapper);
	}

	@Bean
	ObjectFetcher objectFetcher(S3Client s3, OcrProperties ocr, ProcessProperties properties) {
		Path tempDir = Path.of(properties.tempDir().isBlank() ? System.getProperty("java.io.tmpdir") : properties.tempDir());
		return new ObjectFetcher(s3, ocr.decode().maxBytes(), tempDir);
	}

	/** Lazy, like the OCR engine it holds: runs that only stage or deliver never load the models. */
	@Bean
	@Lazy
	DocumentProcessor documentProcessor(ObjectFetcher fetcher, OcrEngine ocrEngine, InvoiceExtractor invoiceExtractor,
			DocumentResults results, ResultJson resultJson, ProcessMetrics metrics, ProcessProperties properties,
			InvoiceDataProperties invoiceData) {
		return new DocumentProcessor(fetcher, ocrEngine, invoiceExtractor, results, resultJson, metrics,
				new InvoiceDataThreshold(invoiceData), properties.reuseResults(), properties.documentTimeout());
	}

	@Bean
	ResultRecorder resultRecorder(DocumentResults results, WebhookEvents events, ProcessMetrics metrics) {
		return new ResultRecorder(results, events, metrics);
	}

}
