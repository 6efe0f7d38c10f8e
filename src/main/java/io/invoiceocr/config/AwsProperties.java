package io.invoiceocr.config;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How to reach AWS. Credentials come from the SDK's default chain (environment, profile, web
 * identity, instance role), never from this file. The endpoints are for S3- and SQS-compatible
 * services (MinIO, LocalStack, ElasticMQ); leave them empty for AWS itself.
 *
 * @param region         AWS region of the bucket and the queue
 * @param s3Endpoint     S3 endpoint override, e.g. {@code http://localhost:9000}
 * @param sqsEndpoint    SQS endpoint override, e.g. {@code http://localhost:9324}
 * @param pathStyle      path-style S3 addressing, which most S3-compatible servers need
 * @param apiCallTimeout limit for one API call including retries
 */
@Validated
@ConfigurationProperties("invoice-ocr.aws")
public record AwsProperties(@NotBlank @DefaultValue("eu-west-1") String region, URI s3Endpoint, URI sqsEndpoint,
		@DefaultValue("false") boolean pathStyle, @NotNull @DefaultValue("30s") Duration apiCallTimeout) {
}
