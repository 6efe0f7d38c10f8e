package io.invoiceocr.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.invoiceocr.config.AwsClients;
import io.invoiceocr.ingest.sqs.IngestQueue;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stand-ins without the service, for running the product image against them: PostgreSQL, S3
 * and SQS on loopback, the bucket and queue created, the bundled samples uploaded and announced,
 * and a webhook receiver. Writes the settings a deployment would give as an environment file (one
 * {@code KEY=value} a line, for {@code podman run --env-file}), then runs until it is stopped.
 *
 * <p>{@code java -cp <test classpath> io.invoiceocr.local.StandInServers <env file>}
 * ({@code image/build-and-run.sh} runs it).
 */
public final class StandInServers {

	private static final String REGION = "us-east-1";

	private static final String BUCKET = "invoices";

	private static final String QUEUE = "invoice-ocr-uploads";

	private static final String WEBHOOK_SECRET = "image-check-webhook-secret";

	private StandInServers() {
	}

	public static void main(String[] args) throws Exception {
		Path envFile = Path.of(args[0]);
		Duration timeout = Duration.ofSeconds(10);
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
				EmbeddedS3 s3 = EmbeddedS3.start("");
				EmbeddedSqs sqs = EmbeddedSqs.start();
				LocalWebhookReceiver receiver = LocalWebhookReceiver.start(WEBHOOK_SECRET);
				S3Client s3Client = AwsClients.s3(REGION, s3.endpoint(), true, EmbeddedS3.credentials(), timeout);
				SqsClient sqsClient = AwsClients.sqs(REGION, sqs.endpoint(), EmbeddedS3.credentials(), timeout)) {
			s3Client.createBucket(r -> r.bucket(BUCKET));
			String queueUrl = sqsClient.createQueue(r -> r.queueName(QUEUE)).queueUrl();
			LocalProperties samples = new LocalProperties(BUCKET, true, "raw-invoices/", "", "");
			new SampleUploads(s3Client, new IngestQueue(sqsClient, queueUrl), JsonMapper.builder().build(), samples)
				.uploadAll();
			writeSettings(envFile, List.of("SPRING_DATASOURCE_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
					"SPRING_DATASOURCE_USERNAME=postgres", "AWS_ACCESS_KEY_ID=" + EmbeddedS3.ACCESS_KEY,
					"AWS_SECRET_ACCESS_KEY=" + EmbeddedS3.SECRET_KEY, "INVOICE_OCR_AWS_REGION=" + REGION,
					"INVOICE_OCR_AWS_S3_ENDPOINT=" + s3.endpoint(), "INVOICE_OCR_AWS_SQS_ENDPOINT=" + sqs.endpoint(),
					"INVOICE_OCR_AWS_PATH_STYLE=true", "INVOICE_OCR_INGEST_QUEUE=" + QUEUE,
					"INVOICE_OCR_INGEST_SOURCES_0_BUCKET=" + BUCKET, "INVOICE_OCR_INGEST_RECEIVE_WAIT=1s",
					"INVOICE_OCR_WEBHOOK_URL=" + receiver.url(), "INVOICE_OCR_WEBHOOK_SECRET=" + WEBHOOK_SECRET));
			System.out.println("Stand-ins ready; settings in " + envFile);
			CountDownLatch stopped = new CountDownLatch(1);
			Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
			stopped.await();
		}
	}

	/** Written to a temporary file and moved into place, so that a reader never sees half of it. */
	private static void writeSettings(Path envFile, List<String> settings) throws IOException {
		Path partial = envFile.resolveSibling(envFile.getFileName() + ".partial");
		Files.write(partial, settings);
		Files.move(partial, envFile);
	}

}
