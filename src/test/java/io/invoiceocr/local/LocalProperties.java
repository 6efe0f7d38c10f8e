package io.invoiceocr.local;

import io.invoiceocr.config.S3BucketName;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded stand-ins used by the {@code local} profile (the default): S3 (S3Proxy), SQS
 * (ElasticMQ) and, when no {@code spring.datasource.url} is set, PostgreSQL.
 *
 * @param bucket           bucket created in the embedded S3
 * @param seedSamples      upload the bundled sample invoices and send their events at start-up, as
 *                         the monolith would
 * @param samplesPrefix    key prefix of the uploaded samples
 * @param s3Directory      folder that keeps the embedded S3's objects; empty keeps them in memory
 * @param postgresDirectory folder that keeps the embedded PostgreSQL's data between runs; empty uses
 *                         a fresh temporary database each run
 */
@Validated
@ConfigurationProperties("invoice-ocr.local")
public record LocalProperties(@S3BucketName @DefaultValue("invoices") String bucket,
		@DefaultValue("true") boolean seedSamples, @NotBlank @DefaultValue("raw-invoices/") String samplesPrefix,
		@DefaultValue("") String s3Directory, @DefaultValue("") String postgresDirectory) {
}
