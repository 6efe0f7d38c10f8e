package io.invoiceocr.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * S3 and SQS clients for real AWS (or an S3/SQS-compatible service named by endpoint), unless the
 * application brings its own. An auto-configuration, so that it is looked at after the
 * application's own beans and backs off reliably, as Boot's do.
 */
@AutoConfiguration
public class AwsClientsConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	S3Client s3Client(AwsProperties aws) {
		return AwsClients.s3(aws.region(), aws.s3Endpoint(), aws.pathStyle(), DefaultCredentialsProvider.builder().build(),
				aws.apiCallTimeout());
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	SqsClient sqsClient(AwsProperties aws) {
		return AwsClients.sqs(aws.region(), aws.sqsEndpoint(), DefaultCredentialsProvider.builder().build(),
				aws.apiCallTimeout());
	}

}
