package io.invoiceocr.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.jdbc.core.JdbcTemplate;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The servers of a test class that runs the service in other JVMs ({@link ServiceProcess}):
 * PostgreSQL, S3 and SQS ({@link StandaloneStack}) and a webhook receiver, started once for the
 * class; and what such tests do with them: upload documents, slow the results down so that a run
 * can be caught in the middle, count.
 */
public final class ProcessTestServers implements BeforeAllCallback, AfterAllCallback {

	private final String secret;

	private StandaloneStack stack;

	private JdbcTemplate jdbc;

	private WebhookReceiver receiver;

	public ProcessTestServers(String secret) {
		this.secret = secret;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		stack = StandaloneStack.start();
		jdbc = new JdbcTemplate(stack.postgres().getPostgresDatabase());
		receiver = WebhookReceiver.start(secret);
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		receiver.close();
		stack.close();
	}

	public StandaloneStack stack() {
		return stack;
	}

	public JdbcTemplate jdbc() {
		return jdbc;
	}

	public WebhookReceiver receiver() {
		return receiver;
	}

	/** The arguments that send a process's webhook events to the receiver, signed with its secret. */
	public List<String> webhookArguments() {
		return List.of("--invoice-ocr.webhook.url=" + receiver.url(), "--invoice-ocr.webhook.secret=" + secret);
	}

	/** Uploads document {@code n} (every tenth is not a readable document); returns its ETag. */
	public String upload(String key, int n) {
		byte[] content = n % 10 == 0 ? "not an invoice".getBytes(StandardCharsets.UTF_8) : InvoicePdfs.invoice(n);
		return stack.s3().putObject(r -> r.bucket("invoices").key(key), RequestBody.fromBytes(content)).eTag().replace("\"", "");
	}

	/**
	 * Uploads {@code count} documents as {@code raw-invoices/doc-<first + n>/invoice.pdf} (every tenth
	 * not a readable document) and announces each on the queue, as S3 would.
	 */
	public void uploadAndAnnounce(int first, int count) {
		try (SqsClient sqs = stack.sqsClient()) {
			String queue = sqs.getQueueUrl(r -> r.queueName("uploads")).queueUrl();
			for (int n = 1; n <= count; n++) {
				String key = "raw-invoices/doc-%d/invoice.pdf".formatted(first + n);
				String etag = upload(key, n);
				sqs.sendMessage(r -> r.queueUrl(queue).messageBody(TestData.s3Put("invoices", key, null, etag,
						Instant.now().toString())));
			}
		}
	}

	/** Every result written from now on takes 300 ms more, so that a run can be caught in the middle. */
	public void slowDownResults() {
		slowDownResults(Duration.ofMillis(300));
	}

	/** Every result written from now on takes this much more. */
	public void slowDownResults(Duration perResult) {
		jdbc.execute("CREATE OR REPLACE FUNCTION slow_result() RETURNS trigger AS $$ BEGIN "
				+ "IF NEW.ocr_status IN ('COMPLETED', 'FAILED') THEN PERFORM pg_sleep(" + perResult.toMillis() / 1000.0
				+ "); END IF; RETURN NEW; END $$ LANGUAGE plpgsql");
		jdbc.execute("CREATE OR REPLACE TRIGGER slow_result BEFORE UPDATE ON ocr_document FOR EACH ROW EXECUTE FUNCTION slow_result()");
	}

	/** Results are written at full speed again. */
	public void dropSlowDown() {
		if (count("SELECT count(*) FROM information_schema.tables WHERE table_name = 'ocr_document'") > 0) {
			// Dropping a trigger takes the table's exclusive lock. Queued behind a transaction of the running
			// service, it would stall the statements the service needs to end that transaction: so each try gives
			// up after a moment and is tried again.
			Awaitility.await()
				.atMost(Duration.ofMinutes(1))
				.pollInterval(Duration.ofMillis(50))
				.ignoreExceptions()
				.until(() -> {
					jdbc.execute("DO $$ BEGIN SET LOCAL lock_timeout = '200ms'; DROP TRIGGER IF EXISTS slow_result ON ocr_document; END $$");
					return true;
				});
		}
	}

	/** Documents COMPLETED or FAILED. */
	public long finished() {
		return count("SELECT count(*) FROM ocr_document WHERE ocr_status IN ('COMPLETED', 'FAILED')");
	}

	/** A count, or 0 while the schema is not there yet. */
	public long count(String sql) {
		return ServiceProcess.count(jdbc, sql);
	}

}
