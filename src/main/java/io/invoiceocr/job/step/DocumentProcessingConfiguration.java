package io.invoiceocr.job.step;

import io.invoiceocr.document.DocumentResults;
import io.invoiceocr.extract.InvoiceDataProperties;
import io.invoiceocr.extract.InvoiceDataThreshold;
import io.invoiceocr.extract.InvoiceExtractor;
import io.invoiceocr.ocr.OcrEngine;
import io.invoiceocr.ocr.OcrProperties;
import io.invoiceocr.process.DocumentProcessor;
import io.invoiceocr.process.ObjectFetcher;
import io.invoiceocr.process.ProcessMetrics;
import io.invoiceocr.process.ProcessProperties;
import io.invoiceocr.process.ResultJson;
import io.invoiceocr.webhook.WebhookEvents;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.json.JsonMapper;

/**
 * The processing of one document, as {@code invoice-ocr.process.*} describes it: the stages it
 * goes through (the OCR engine, the extractor) and where its result is written (with its webhook
 * event). The stages are wired here, by the job, so that no stage knows another's configuration.
 */
@Configuration(proxyBeanMethods = false)
class DocumentProcessingConfiguration {

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
		return new ObjectFetcher(s3, ocr.decode().maxBytes(), properties.tempDirectory());
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
