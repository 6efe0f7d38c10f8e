package io.invoiceocr.config;

import java.net.URI;
import java.time.Duration;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/** Builds the S3 and SQS clients the same way for AWS and for the embedded stand-ins. */
public final class AwsClients {

	private AwsClients() {
	}

	public static S3Client s3(String region, URI endpoint, boolean pathStyle, AwsCredentialsProvider credentials,
			Duration apiCallTimeout) {
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(region))
			.credentialsProvider(credentials)
			.forcePathStyle(pathStyle)
			.overrideConfiguration(timeouts(apiCallTimeout));
		if (endpoint != null) {
			// S3-compatible servers do not all implement the SDK's default flexible checksums.
			builder.endpointOverride(endpoint)
				.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
				.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		}
		return builder.build();
	}

	public static SqsClient sqs(String region, URI endpoint, AwsCredentialsProvider credentials,
			Duration apiCallTimeout) {
		SqsClientBuilder builder = SqsClient.builder()
			.region(Region.of(region))
			.credentialsProvider(credentials)
			.overrideConfiguration(timeouts(apiCallTimeout));
		if (endpoint != null) {
			builder.endpointOverride(endpoint);
		}
		return builder.build();
	}

	private static ClientOverrideConfiguration timeouts(Duration apiCallTimeout) {
		return ClientOverrideConfiguration.builder().apiCallTimeout(apiCallTimeout).build();
	}

}
