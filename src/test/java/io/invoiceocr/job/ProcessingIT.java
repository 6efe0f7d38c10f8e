package io.invoiceocr.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import io.invoiceocr.document.DocumentClaims;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.job.step.ClaimRelease;
import io.invoiceocr.job.step.ClaimTasklet;
import io.invoiceocr.launch.JobLaunches;
import io.invoiceocr.support.DocumentRows;
import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.InvoicePdfs;
import io.invoiceocr.support.TestData;
import io.invoiceocr.support.WebhookReceiver;
import io.invoiceocr.webhook.WebhookEvents;
import io.invoiceocr.webhook.WebhookOutbox;
import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jobs end to end on the real stand-ins: uploads announced on the queue, {@code ocrJob} stages,
 * claims, reads, extracts and writes every document, and reports each result once, signed, to a
 * receiver on loopback.
 */
@IntegrationTest
class ProcessingIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	TestData data;

	@Autowired
	JobLaunches launches;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	WebhookReceiver receiver;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry metrics;

	@Autowired
	DocumentClaims claims;

	@Autowired
	ClaimRelease release;

	@Autowired
	WebhookOutbox outbox;

	@Autowired
	OcrDocumentRepository documents;

	@Autowired
	TransactionTemplate transaction;

	@BeforeEach
	void reset() {
		data.reset();
		receiver.reset();
	}

	@Test
	void twentyUploadsEndCompletedOrFailedAsExpectedAndEachResultIsReportedOnceSigned() throws Exception {
		// given 14 born-digital invoices, 2 photographed or scanned ones, and 4 uploads that cannot be read
		for (int n = 1; n <= 14; n++) {
			data.upload("invoices", "raw-invoices/doc-%d/invoice.pdf".formatted(100 + n), InvoicePdfs.invoice(n));
		}
		data.upload("invoices", "raw-invoices/doc-201/receipt.jpg", Files.readAllBytes(Path.of("samples/receipt-kedai-runcit.jpg")));
		data.upload("invoices", "raw-invoices/doc-202/scan.png", Files.readAllBytes(Path.of("samples/scanned invoice 0042.png")));
		data.upload("invoices", "raw-invoices/doc-301/empty.pdf", new byte[0]);
		data.upload("invoices", "raw-invoices/doc-302/broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.UTF_8));
		data.upload("invoices", "raw-invoices/doc-303/notes.txt", "call the supplier on monday".getBytes(StandardCharsets.UTF_8));
		data.announce("invoices", "raw-invoices/doc-304/deleted.pdf", "0123456789abcdef0123456789abcdef");

		double completedBefore = count("invoice_ocr.documents", "outcome", "completed");
		double failedBefore = count("invoice_ocr.documents", "outcome", "failed");

		// when
		JobExecution run = launches.run("ocrJob", new Properties());

		// then the run completed, with every document in its end state
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, String> status = statuses();
		assertThat(status).hasSize(20).doesNotContainValue("PROCESSING").doesNotContainValue("PENDING");
		for (int n = 1; n <= 14; n++) {
			String id = "doc-%d".formatted(100 + n);
			assertThat(status.get(id)).as(id).isEqualTo("COMPLETED");
			JsonNode invoice = json("SELECT invoice FROM ocr_document WHERE id = ?", id);
			assertThat(invoice.at("/invoiceNumber/value").asString()).isEqualTo(InvoicePdfs.facts(n).number());
			assertThat(invoice.at("/total/value").decimalValue()).isEqualByComparingTo(InvoicePdfs.facts(n).total());
			assertThat(json("SELECT ocr_metadata FROM ocr_document WHERE id = ?", id).at("/pages/0/path").asString())
				.isEqualTo("TEXT_LAYER");
		}
		assertThat(status).containsEntry("doc-201", "COMPLETED").containsEntry("doc-202", "COMPLETED");
		JsonNode scan = json("SELECT ocr_metadata FROM ocr_document WHERE id = ?", "doc-202");
		assertThat(scan.at("/pages/0/path").asString()).isEqualTo("OCR");
		assertThat(scan.at("/pages/0/lines/0/box")).hasSize(4);
		assertThat(scan.at("/pages/0/lines/0/confidence").asDouble()).isBetween(0.5, 1.0);
		assertThat(scan.at("/engine").asString()).isEqualTo("OnnxRuntime");
		assertThat(scan.at("/timingsMs/ocr").asLong()).isPositive();
		assertThat(errors()).containsOnlyKeys("doc-301", "doc-302", "doc-303", "doc-304")
			.hasEntrySatisfying("doc-301", error -> assertThat(error).containsIgnoringCase("empty"))
			.hasEntrySatisfying("doc-302", error -> assertThat(error).containsIgnoringCase("PDF"))
			.hasEntrySatisfying("doc-303", error -> assertThat(error).contains("not a PDF or an image"))
			.hasEntrySatisfying("doc-304", error -> assertThat(error).contains("no longer exists"));

		// and the metrics counted the outcomes and timed the stages
		assertThat(count("invoice_ocr.documents", "outcome", "completed") - completedBefore).isEqualTo(16);
		assertThat(count("invoice_ocr.documents", "outcome", "failed") - failedBefore).isEqualTo(4);
		assertThat(metrics.get("invoice_ocr.stage").tag("stage", "ocr").timer().count()).isPositive();
		assertThat(metrics.get("invoice_ocr.stage").tag("stage", "extract").timer().count()).isPositive();
		assertThat(metrics.get("invoice_ocr.queue.lag").gauge().value()).isZero();
		assertThat(metrics.get("invoice_ocr.webhook.backlog").gauge().value()).isZero();
		// each delivery is an HTTP client request as Spring Boot records them
		assertThat(metrics.get("http.client.requests").tag("method", "POST").tag("status", "200").timer().count())
			.isGreaterThanOrEqualTo(20);

		// and every result was received once, signed, carrying what the database holds
		List<WebhookReceiver.Request> requests = receiver.requests();
		assertThat(requests).hasSize(20).allSatisfy(request -> assertThat(request.signatureValid()).isTrue());
		assertThat(requests.stream().map(WebhookReceiver.Request::idempotencyKey).collect(Collectors.toSet())).hasSize(20);
		for (WebhookReceiver.Request request : requests) {
			JsonNode payload = JSON.readTree(request.payload());
			String id = payload.get("documentId").asString();
			assertThat(payload.get("status").asString()).isEqualTo(status.get(id));
			assertThat(request.idempotencyKey()).isEqualTo(id + ":" + status.get(id) + ":1");
			assertThat(payload.get("key").asString()).startsWith("raw-invoices/" + id + "/");
		}
		assertThat(jdbc.queryForList("SELECT DISTINCT status FROM webhook_outbox", String.class)).containsExactly("DELIVERED");
		// and each document's audit trail is staged, claimed, finished: one result each
		assertThat(jdbc.queryForList("""
				SELECT string_agg(coalesce(from_status, '-') || '>' || to_status, ' ' ORDER BY id)
				FROM ocr_status_transition GROUP BY document_id
				""", String.class)).hasSize(20)
			.allSatisfy(trail -> assertThat(trail).matches("->PENDING PENDING>PROCESSING PROCESSING>(COMPLETED|FAILED)"));
	}

	@Test
	void aReUploadOfTheSameBytesTakesOverTheEarlierResult() throws Exception {
		// given an invoice processed once
		byte[] pdf = InvoicePdfs.invoice(9);
		data.upload("invoices", "raw-invoices/doc-901/invoice.pdf", pdf);
		launches.run("ocrJob", new Properties());
		double reusedBefore = count("invoice_ocr.documents.reused", null, null);

		// when the same file arrives again as another document
		data.upload("invoices", "raw-invoices/doc-902/copy.pdf", pdf);
		launches.run("ocrJob", new Properties());

		// then it got the same text and invoice without being read again, and says where they came from
		assertThat(statuses()).containsOnly(Map.entry("doc-901", "COMPLETED"), Map.entry("doc-902", "COMPLETED"));
		assertThat(jdbc.queryForObject("SELECT count(DISTINCT ocr_text) FROM ocr_document", Long.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(DISTINCT invoice) FROM ocr_document", Long.class)).isEqualTo(1);
		assertThat(json("SELECT ocr_metadata FROM ocr_document WHERE id = ?", "doc-902").get("reusedFrom").asString())
			.isEqualTo("doc-901");
		assertThat(count("invoice_ocr.documents.reused", null, null) - reusedBefore).isEqualTo(1);
	}

	@Test
	void processingEventsAreWrittenWithTheClaimWhenTheyAreAskedFor() throws Exception {
		// given two PENDING documents and events for PROCESSING switched on
		data.upload("invoices", "raw-invoices/doc-911/invoice.pdf", InvoicePdfs.invoice(1));
		data.upload("invoices", "raw-invoices/doc-912/invoice.pdf", InvoicePdfs.invoice(2));
		launches.run("stagingOnlyJob", new Properties());
		WebhookEvents events = new WebhookEvents(outbox, JsonMapper.builder().build(), true);
		ClaimTasklet claim = new ClaimTasklet(claims, release, events,
				(id, partitions) -> claims.claim(id, partitions, 10, Duration.ofMinutes(5)), 2);

		// when the documents are claimed
		StepContribution contribution = new StepContribution(claimStepOfANewRun());
		transaction.executeWithoutResult(status -> claim.execute(contribution, null));

		// then each has its PROCESSING event, keyed by its attempt
		assertThat(jdbc.queryForList("SELECT idempotency_key FROM webhook_outbox ORDER BY idempotency_key", String.class))
			.containsExactly("doc-911:PROCESSING:1", "doc-912:PROCESSING:1");
		assertThat(JSON.readTree(jdbc.queryForObject(
				"SELECT payload::text FROM webhook_outbox WHERE document_id = 'doc-911'", String.class)).get("status").asString())
			.isEqualTo("PROCESSING");
	}

	/** A step of a run of its own, as the claim step sees it. */
	private StepExecution claimStepOfANewRun() {
		JobParameters parameters = new JobParametersBuilder().addString("run", UUID.randomUUID().toString()).toJobParameters();
		JobExecution execution = jobRepository.createJobExecution(jobRepository.createJobInstance("claimTest", parameters),
				parameters, new ExecutionContext());
		return jobRepository.createStepExecution("claimStep", execution);
	}

	private double count(String name, String tag, String value) {
		var search = metrics.find(name);
		var counter = (tag == null ? search : search.tag(tag, value)).counter();
		return counter == null ? 0 : counter.count();
	}

	private Map<String, String> statuses() {
		return new DocumentRows(jdbc).statuses();
	}

	private Map<String, String> errors() {
		return new DocumentRows(jdbc).errorsOfFailed();
	}

	private JsonNode json(String sql, String id) {
		return JSON.readTree(jdbc.queryForObject(sql + "", String.class, id));
	}

}
