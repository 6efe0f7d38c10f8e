package io.invoiceocr.local;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The embedded stand-ins for everything the service needs from outside: PostgreSQL 17 (when no
 * {@code spring.datasource.url} is set), S3 (S3Proxy), SQS (ElasticMQ), a webhook receiver on
 * loopback (when no {@code invoice-ocr.webhook.url} is set) and the bundled sample uploads. Their
 * beans are the service's DataSource, S3 and SQS clients and webhook target, so that the service's
 * own (Boot's DataSource, its AWS clients and its configured webhook target) back off.
 *
 * <p>Not a {@code @Configuration}: component scanning of the service must never find it, because
 * the tests that start the service as deployed run on the same classpath. It comes in only where
 * it is named: {@link LocalInvoiceOcrApplication} and the integration tests.
 */
@Import({ EmbeddedPostgresConfiguration.class, EmbeddedAwsConfiguration.class, LocalWebhookConfiguration.class,
		SampleUploadsConfiguration.class })
@EnableConfigurationProperties(LocalProperties.class)
public class LocalStandIns {

	/** The profile whose settings ({@code application-local.yml}) suit the stand-ins. */
	public static final String PROFILE = "local";

}
