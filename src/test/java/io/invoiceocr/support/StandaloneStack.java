package io.invoiceocr.support;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.invoiceocr.config.AwsClients;
import io.invoiceocr.local.EmbeddedS3;
import io.invoiceocr.local.EmbeddedSqs;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * PostgreSQL, S3 and SQS servers started by a test itself, for running the service as it is
 * deployed: profile {@code aws}, pointed at them through its settings, in this JVM or in another.
 * The bucket {@code invoices} and the queue {@code uploads} exist.
 */
public final class StandaloneStack implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private final EmbeddedS3 s3;

	private final EmbeddedSqs sqs;

	private final S3Client s3Client;

	private StandaloneStack(EmbeddedPostgres postgres, EmbeddedS3 s3, EmbeddedSqs sqs, S3Client s3Client) {
		this.postgres = postgres;
		this.s3 = s3;
		this.sqs = sqs;
		this.s3Client = s3Client;
	}

	public static StandaloneStack start() throws Exception {
		return start(Map.of());
	}

	/** With these PostgreSQL server settings (e.g. {@code shared_preload_libraries}). */
	public static StandaloneStack start(Map<String, String> postgresSettings) throws Exception {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
		postgresSettings.forEach(builder::setServerConfig);
		EmbeddedPostgres postgres = builder.start();
		EmbeddedS3 s3 = EmbeddedS3.start("");
		EmbeddedSqs sqs = EmbeddedSqs.start();
		S3Client s3Client = AwsClients.s3("us-east-1", s3.endpoint(), true, EmbeddedS3.credentials(), Duration.ofSeconds(10));
		s3Client.createBucket(r -> r.bucket("invoices"));
		try (SqsClient sqsClient = AwsClients.sqs("us-east-1", sqs.endpoint(), EmbeddedS3.credentials(), Duration.ofSeconds(10))) {
			sqsClient.createQueue(r -> r.queueName("uploads"));
		}
		return new StandaloneStack(postgres, s3, sqs, s3Client);
	}

	/** The settings of a deployment against these servers, as {@code key=value}. */
	public List<String> settings() {
		return new ArrayList<>(List.of("spring.profiles.active=aws",
				"spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"spring.datasource.username=postgres", "invoice-ocr.aws.region=us-east-1",
				"invoice-ocr.aws.s3-endpoint=" + s3.endpoint(), "invoice-ocr.aws.sqs-endpoint=" + sqs.endpoint(),
				"invoice-ocr.aws.path-style=true", "invoice-ocr.aws.api-call-timeout=5s", "invoice-ocr.ingest.queue=uploads",
				"invoice-ocr.ingest.sources[0].bucket=invoices"));
	}

	/** Where the S3 stand-in answers, for clients outside this JVM (the main application). */
	public URI s3Endpoint() {
		return s3.endpoint();
	}

	public EmbeddedPostgres postgres() {
		return postgres;
	}

	public S3Client s3() {
		return s3Client;
	}

	/** A new SQS client for the queue server; the caller closes it. */
	public SqsClient sqsClient() {
		return AwsClients.sqs("us-east-1", sqs.endpoint(), EmbeddedS3.credentials(), Duration.ofSeconds(10));
	}

	@Override
	public void close() throws Exception {
		s3Client.close();
		sqs.close();
		s3.close();
		postgres.close();
	}

}
