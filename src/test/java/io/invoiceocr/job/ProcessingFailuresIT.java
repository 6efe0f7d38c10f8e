package io.invoiceocr.job;

import io.invoiceocr.launch.JobLaunches;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import io.invoiceocr.config.AwsClients;
import io.invoiceocr.document.DocumentResults;
import io.invoiceocr.document.OcrDocument;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.document.OcrStatus;
import io.invoiceocr.extract.InvoiceDataProperties;
import io.invoiceocr.extract.InvoiceDataThreshold;
import io.invoiceocr.local.EmbeddedS3;
import io.invoiceocr.ocr.OcrEngine;
import io.invoiceocr.ocr.OcrResult;
import io.invoiceocr.ocr.PageResult;
import io.invoiceocr.process.DocumentProcessor;
import io.invoiceocr.process.ObjectFetcher;
import io.invoiceocr.process.ProcessMetrics;
import io.invoiceocr.process.ProcessedDocument;
import io.invoiceocr.process.ResultJson;
import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.InvoicePdfs;
import io.invoiceocr.support.TestData;
import io.invoiceocr.support.WebhookReceiver;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Failures that are not a document's fault end the run, and a document that is the fault fails alone:
 * S3 out of reach, a document that runs the heap out.
 */
@IntegrationTest
class ProcessingFailuresIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	TestData data;

	@Autowired
	JobLaunches launches;

	@Autowired
	WebhookReceiver receiver;

	@Autowired
	DocumentResults results;

	@Autowired
	OcrDocumentRepository documents;

	@Autowired
	S3Client s3;

	@BeforeEach
	void reset() {
		data.reset();
		receiver.reset();
	}

	@Test
	void anUnreachableS3FailsTheRunInsteadOfTheDocument() throws Exception {
		// given a document, and a processor whose S3 is not there
		data.upload("invoices", "raw-invoices/doc-921/invoice.pdf", InvoicePdfs.invoice(1));
		launches.run("stagingOnlyJob", new Properties());
		OcrDocument document = documents.findById("doc-921").orElseThrow();
		try (S3Client unreachable = AwsClients.s3("us-east-1", java.net.URI.create("http://127.0.0.1:9"), true, EmbeddedS3.credentials(),
				Duration.ofSeconds(2))) {
			DocumentProcessor processor = new DocumentProcessor(new ObjectFetcher(unreachable, 1_000_000, Path.of(
					System.getProperty("java.io.tmpdir"))), null, null, results, null, new ProcessMetrics(new SimpleMeterRegistry()),
					new InvoiceDataThreshold(InvoiceDataProperties.defaults()), false, Duration.ofMinutes(1));

			// when / then: the failure is thrown, so that the step fails and can be restarted
			assertThatThrownBy(() -> processor.process(document)).isInstanceOf(SdkClientException.class);
		}
	}

	@Test
	void aDocumentThatRunsTheHeapOutFailsAloneWithAReason() throws Exception {
		// given a document, and a reader that runs out of memory on it (as a bomb no limit foresaw would)
		data.upload("invoices", "raw-invoices/doc-931/invoice.pdf", InvoicePdfs.invoice(1));
		launches.run("stagingOnlyJob", new Properties());
		OcrDocument document = documents.findById("doc-931").orElseThrow();
		OcrEngine exhausting = new OcrEngine() {

			@Override
			public OcrResult read(Path file) {
				throw new OutOfMemoryError("Java heap space");
			}

			@Override
			public PageResult readImage(java.awt.image.BufferedImage image, int pageNumber) {
				throw new OutOfMemoryError("Java heap space");
			}

			@Override
			public void close() {
			}

		};
		DocumentProcessor processor = new DocumentProcessor(new ObjectFetcher(s3, 1_000_000, Path.of(
				System.getProperty("java.io.tmpdir"))), exhausting, null, results, new ResultJson(JSON),
				new ProcessMetrics(new SimpleMeterRegistry()), new InvoiceDataThreshold(InvoiceDataProperties.defaults()),
				false, Duration.ofMinutes(1));

		// when
		ProcessedDocument processed = processor.process(document);

		// then the document is FAILED with what happened and what to do, instead of the error ending the partition
		assertThat(processed.result().status()).isEqualTo(OcrStatus.FAILED);
		assertThat(processed.result().error()).startsWith("reading it ran out of memory (the heap is ")
			.contains("max-pixels-per-page", "rerunFailedJob");
	}

}
