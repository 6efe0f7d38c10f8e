package io.invoiceocr.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code s3}: every configured source bucket answers HeadBucket. Down names the bucket and what S3
 * said, so that a wrong bucket, a missing permission and an outage read differently.
 */
@Component("s3")
class StorageHealthIndicator implements HealthIndicator {

	private final S3Client s3;

	private final IngestProperties properties;

	StorageHealthIndicator(S3Client s3, IngestProperties properties) {
		this.s3 = s3;
		this.properties = properties;
	}

	@Override
	public Health health() {
		Map<String, String> buckets = new LinkedHashMap<>();
		for (IngestProperties.Source source : properties.sources()) {
			try {
				s3.headBucket(r -> r.bucket(source.bucket()));
				buckets.put(source.bucket(), "reachable");
			}
			catch (SdkException ex) {
				buckets.put(source.bucket(), String.valueOf(ex.getMessage()));
				return Health.down().withDetail("buckets", buckets).build();
			}
		}
		return Health.up().withDetail("buckets", buckets).build();
	}

}
