package io.invoiceocr.ingest;

import io.invoiceocr.ingest.event.S3EventParser;
import io.invoiceocr.ingest.sqs.IngestQueue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ingest stage's collaborators. The queue is resolved and the buckets are checked while the
 * service starts ({@link IngestQueues}, {@link SourceBucketsCheck}).
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	S3EventParser s3EventParser(JsonMapper jsonMapper) {
		return new S3EventParser(jsonMapper);
	}

	@Bean
	IngestQueue ingestQueue(SqsClient sqs, IngestProperties properties) {
		return IngestQueues.resolve(sqs, properties);
	}

	@Bean
	SourceBucketsCheck sourceBucketsCheck(S3Client s3, IngestProperties properties) {
		return new SourceBucketsCheck(s3, properties);
	}

}
