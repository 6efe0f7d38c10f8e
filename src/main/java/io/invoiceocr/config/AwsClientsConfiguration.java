package io.invoiceocr.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * S3 and SQS clients for real AWS (or an S3/SQS-compatible service named by endpoint). The
 * {@code local} profile replaces them with clients of the embedded stand-ins.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!local")
class AwsClientsConfiguration {

	@Bean(destroyMethod = "close")
	S3Client s3Client(AwsProperties aws) {
		return AwsClients.s3(aws.region(), aws.s3Endpoint(), aws.pathStyle(), DefaultCredentialsProvider.builder().build(),
				aws.apiCallTimeout());
	}

	@Bean(destroyMethod = "close")
	SqsClient sqsClient(AwsProperties aws) {
		return AwsClients.sqs(aws.region(), aws.sqsEndpoint(), DefaultCredentialsProvider.builder().build(),
				aws.apiCallTimeout());
	}

}
