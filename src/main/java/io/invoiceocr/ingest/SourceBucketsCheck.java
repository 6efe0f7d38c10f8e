package io.invoiceocr.ingest;

import io.invoiceocr.config.StartupCheckException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Checks, while the service starts ({@code invoice-ocr.ingest.verify-on-startup}), that every
 * configured source bucket exists and can be reached.
 */
class SourceBucketsCheck implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SourceBucketsCheck.class);

	private final S3Client s3;

	private final IngestProperties properties;

	SourceBucketsCheck(S3Client s3, IngestProperties properties) {
		this.s3 = s3;
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() {
		if (properties.verifyOnStartup()) {
			verify();
		}
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
				throw Unreachable.service("invoice-ocr.aws.s3-endpoint", "S3", ex);
			}
		}
		log.info("Source buckets reachable: {}", properties.sources());
	}

}
