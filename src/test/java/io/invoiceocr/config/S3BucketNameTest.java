package io.invoiceocr.config;

import io.invoiceocr.ingest.IngestProperties;
import io.invoiceocr.local.LocalProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bucket name S3 would refuse stops the start while the settings are bound, naming the setting
 * and the rule, instead of surfacing later as an AWS SDK error from the first call that uses it.
 */
class S3BucketNameTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(BucketSettings.class);

	@ParameterizedTest
	@ValueSource(strings = { "Invoices", "in", "invoices_2024", "-invoices", "invoices.", "in..voices",
			"a234567890123456789012345678901234567890123456789012345678901234" })
	void refusesASourceBucketS3WouldRefuse(String bucket) {
		context.withPropertyValues("invoice-ocr.ingest.sources[0].bucket=" + bucket).run(started -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure()).rootCause()
				.hasMessageContaining("sources[0].bucket")
				.hasMessageContaining(bucket)
				.hasMessageContaining("3 to 63 characters")
				.hasMessageContaining("lower-case letters, digits, dots and hyphens");
		});
	}

	@Test
	void refusesALocalBucketS3WouldRefuse() {
		context.withPropertyValues("invoice-ocr.ingest.sources[0].bucket=invoices", "invoice-ocr.local.bucket=Scans")
			.run(started -> {
				assertThat(started).hasFailed();
				assertThat(started.getStartupFailure()).rootCause()
					.hasMessageContaining("invoice-ocr.local")
					.hasMessageContaining("bucket")
					.hasMessageContaining("lower-case letters");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "invoices", "acme-invoices-inbox", "invoices.eu-west-1.acme", "123" })
	void acceptsNamesS3Accepts(String bucket) {
		context.withPropertyValues("invoice-ocr.ingest.sources[0].bucket=" + bucket, "invoice-ocr.local.bucket=" + bucket)
			.run(started -> assertThat(started).hasNotFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ IngestProperties.class, LocalProperties.class })
	static class BucketSettings {

	}

}
