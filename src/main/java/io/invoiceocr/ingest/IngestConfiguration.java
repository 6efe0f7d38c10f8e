package io.invoiceocr.ingest;

import io.invoiceocr.config.StartupCheckException;
import io.invoiceocr.ingest.event.S3EventParser;
import io.invoiceocr.ingest.sqs.IngestQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ingest stage's collaborators. The queue URL is resolved and the buckets are checked while
 * the service starts, so a wrong name or an unreachable endpoint stops it at once with a message
 * naming the setting, instead of failing the first run at night.
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	private static final Logger log = LoggerFactory.getLogger(IngestConfiguration.class);

	@Bean
	S3EventParser s3EventParser(JsonMapper jsonMapper) {
		return new S3EventParser(jsonMapper);
	}

	@Bean
	IngestQueue ingestQueue(SqsClient sqs, IngestProperties properties) {
		String queue = properties.queue();
		if (queue.startsWith("http://") || queue.startsWith("https://")) {
			if (properties.verifyOnStartup()) {
				verifyQueueUrl(sqs, queue);
			}
			return new IngestQueue(sqs, queue);
		}
		try {
			return new IngestQueue(sqs, sqs.getQueueUrl(r -> r.queueName(queue)).queueUrl());
		}
		catch (AwsServiceException ex) {
			throw new StartupCheckException("invoice-ocr.ingest.queue",
					"cannot resolve SQS queue '" + queue + "': " + ex.getMessage(), ex);
		}
		catch (SdkClientException ex) {
			throw unreachable("invoice-ocr.aws.sqs-endpoint", "SQS", ex);
		}
	}

	private static void verifyQueueUrl(SqsClient sqs, String url) {
		try {
			sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNamesWithStrings("QueueArn"));
		}
		catch (AwsServiceException ex) {
			throw new StartupCheckException("invoice-ocr.ingest.queue",
					"SQS queue " + url + " cannot be used: " + ex.getMessage(), ex);
		}
		catch (SdkClientException ex) {
			throw unreachable("invoice-ocr.aws.sqs-endpoint", "SQS", ex);
		}
	}

	@Bean
	SourceBucketsCheck sourceBucketsCheck(S3Client s3, IngestProperties properties) {
		SourceBucketsCheck check = new SourceBucketsCheck(s3, properties);
		if (properties.verifyOnStartup()) {
			check.verify();
		}
		return check;
	}

	/**
	 * The service could not be reached at all (connection refused, DNS, TLS, no credentials): the
	 * endpoint, region or credentials are wrong, not the queue or bucket name.
	 */
	private static StartupCheckException unreachable(String endpointSetting, String service, SdkClientException ex) {
		return new StartupCheckException(endpointSetting, "cannot reach " + service
				+ " (check the endpoint, invoice-ocr.aws.region and the AWS credentials): " + ex.getMessage(), ex);
	}

	/** Checks that every configured source bucket exists and can be reached. */
	static class SourceBucketsCheck {

		private final S3Client s3;

		private final IngestProperties properties;

		SourceBucketsCheck(S3Client s3, IngestProperties properties) {
			this.s3 = s3;
			this.properties = properties;
		}

		void verify() {
			for (int i = 0; i < properties.sources().size(); i++) {
				String bucket = properties.sources().get(i).bucket();
				try {
					s3.headBucket(r -> r.bucket(bucket));
				}
				catch (AwsServiceException ex) {
					throw new StartupCheckException("invoice-ocr.ingest.sources[" + i + "].bucket", "S3 bucket '" + bucket
							+ "' does not exist or is not accessible (HTTP " + ex.statusCode() + "): " + ex.getMessage(), ex);
				}
				catch (SdkClientException ex) {
					throw unreachable("invoice-ocr.aws.s3-endpoint", "S3", ex);
				}
			}
			log.info("Source buckets reachable: {}", properties.sources());
		}

	}

}
