package io.invoiceocr.local;

import io.invoiceocr.config.AwsClients;
import io.invoiceocr.config.AwsProperties;
import io.invoiceocr.ingest.IngestProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * S3 and SQS as embedded protocol servers on loopback, with the configured buckets and queue
 * created. The S3 and SQS clients here are the service's: its own AWS clients back off, and
 * nothing else in the service knows the difference.
 */
class EmbeddedAwsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedAwsConfiguration.class);

	/** The stand-ins accept any region; us-east-1 is the one where buckets need no location constraint. */
	private static final String REGION = "us-east-1";

	private static final StaticCredentialsProvider CREDENTIALS = EmbeddedS3.credentials();

	@Bean(destroyMethod = "close")
	EmbeddedS3 embeddedS3(LocalProperties local) throws Exception {
		EmbeddedS3 s3 = EmbeddedS3.start(local.s3Directory());
		log.info("Embedded S3 listening on {}", s3.endpoint());
		return s3;
	}

	@Bean(destroyMethod = "close")
	EmbeddedSqs embeddedSqs() {
		EmbeddedSqs sqs = EmbeddedSqs.start();
		log.info("Embedded SQS listening on {}", sqs.endpoint());
		return sqs;
	}

	@Bean(destroyMethod = "close")
	S3Client s3Client(EmbeddedS3 server, AwsProperties aws, IngestProperties ingest, LocalProperties local) {
		S3Client s3 = AwsClients.s3(REGION, server.endpoint(), true, CREDENTIALS, aws.apiCallTimeout());
		ingest.sources().stream().map(IngestProperties.Source::bucket).distinct().forEach(bucket -> createBucket(s3, bucket));
		createBucket(s3, local.bucket());
		return s3;
	}

	@Bean(destroyMethod = "close")
	SqsClient sqsClient(EmbeddedSqs server, AwsProperties aws, IngestProperties ingest) {
		SqsClient sqs = AwsClients.sqs(REGION, server.endpoint(), CREDENTIALS, aws.apiCallTimeout());
		if (!ingest.queue().startsWith("http")) {
			sqs.createQueue(r -> r.queueName(ingest.queue()));
		}
		return sqs;
	}

	private static void createBucket(S3Client s3, String bucket) {
		try {
			s3.createBucket(r -> r.bucket(bucket));
		}
		catch (BucketAlreadyOwnedByYouException | BucketAlreadyExistsException ex) {
			// kept from an earlier run (filesystem store)
		}
	}

}
