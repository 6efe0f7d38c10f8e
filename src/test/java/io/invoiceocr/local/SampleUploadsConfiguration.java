package io.invoiceocr.local;

import java.io.IOException;

import io.invoiceocr.ingest.sqs.IngestQueue;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the embedded stand-ins with the sample invoices once the context is up and before any job
 * is launched (jobs start from an ApplicationRunner, after ApplicationStartedEvent).
 */
@ConditionalOnProperty(name = "invoice-ocr.local.seed-samples", havingValue = "true", matchIfMissing = true)
class SampleUploadsConfiguration {

	@Bean
	SampleUploads sampleUploads(S3Client s3, IngestQueue queue, JsonMapper json, LocalProperties local) {
		return new SampleUploads(s3, queue, json, local);
	}

	@Bean
	ApplicationListener<ApplicationStartedEvent> seedSamplesOnStart(SampleUploads uploads) {
		return event -> {
			try {
				uploads.uploadAll();
			}
			catch (IOException ex) {
				throw new IllegalStateException("could not read the bundled samples", ex);
			}
		};
	}

}
