package io.invoiceocr.ingest;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import io.invoiceocr.document.DocumentSource;
import io.invoiceocr.document.DocumentStatusService;
import io.invoiceocr.document.OcrDocument;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.document.OcrStatus;
import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.Jobs;
import io.invoiceocr.support.StagingOnlyJob;
import io.invoiceocr.support.TestData;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.invoiceocr.support.TestData.event;
import static io.invoiceocr.support.TestData.s3Put;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ocrJob's ingest step against real ElasticMQ, S3Proxy and PostgreSQL: every event format
 * reaches the staging table exactly once, or is kept with its reason; the queue ends empty.
 */
@IntegrationTest
class SqsIngestIT {

	@Autowired
	TestData data;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	@Qualifier(StagingOnlyJob.NAME)
	Job stagingOnlyJob;

	@Autowired
	@Qualifier("backfillJob")
	Job backfillJob;

	@Autowired
	DocumentStatusService statuses;

	@Autowired
	OcrDocumentRepository documents;

	@Autowired
	IngestRejectRepository rejects;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void reset() {
		data.reset();
	}

	@Test
	void stagesAnS3NotificationWithItsUrlEncodedKeyDecoded() {
		// given an object whose key has spaces, '#', accents and a literal '+', and S3's event for it
		String key = "raw-invoices/ACME Invoice #2024-01 été+1.pdf";
		data.put("invoices", key, "%PDF-1.7 fake", Map.of());
		data.send(s3Put("invoices", "raw-invoices/ACME+Invoice+%232024-01+%C3%A9t%C3%A9%2B1.pdf", null));
		double stagedBefore = stagedCount();

		// when the main job runs
		JobExecution execution = Jobs.run(jobOperator, stagingOnlyJob);

		// then one PENDING document points at the decoded key, and the message is gone
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		OcrDocument document = documents.findByObject("invoices", key, null).orElseThrow();
		assertThat(document.status()).isEqualTo(OcrStatus.PENDING);
		assertThat(document.source()).isEqualTo(DocumentSource.SQS);
		assertThat(document.contentType()).isEqualTo("application/pdf");
		assertThat(document.eventTime()).isEqualTo(java.time.Instant.parse("2024-05-01T10:00:00Z"));
		assertThat(data.queueDepth()).isZero();
		assertThat(stagedCount() - stagedBefore).isEqualTo(1.0);
	}

	private double stagedCount() {
		Counter counter = meters.find("invoice_ocr.ingest.events").tags("source", "SQS", "outcome", "staged").counter();
		return counter == null ? 0 : counter.count();
	}

	@Test
	void stagesSnsWrappedAndEventBridgeEventsLikeDirectOnes() {
		// given the same kind of upload announced through SNS and through EventBridge
		data.send(event("sns-notification-s3-put.json").replace("acme-invoices-inbox", "invoices"));
		data.send(event("eventbridge-object-created.json").replace("acme-invoices-inbox", "invoices"));

		// when
		Jobs.run(jobOperator, stagingOnlyJob);

		// then both objects are staged, with the keys the fixtures name
		assertThat(documents.findRecent(10)).extracting(OcrDocument::objectKey)
			.containsExactlyInAnyOrder("raw-invoices/Globex Invoice 2024-03.pdf", "raw-invoices/Initech Invoice Q1+Q2.pdf");
		assertThat(data.queueDepth()).isZero();
	}

	@Test
	void findsTheObjectWhenAnEventBridgeSenderEncodedItsKeyAfterAll() {
		// given an object with a space in its key, announced through EventBridge with the key encoded
		data.put("invoices", "raw-invoices/Initech Invoice.pdf", "x", Map.of());
		data.send(event("eventbridge-object-created.json").replace("acme-invoices-inbox", "invoices")
			.replace("raw-invoices/Initech Invoice Q1+Q2.pdf", "raw-invoices/Initech+Invoice.pdf"));

		// when
		Jobs.run(jobOperator, stagingOnlyJob);

		// then the key that exists is staged
		assertThat(documents.findRecent(10)).extracting(OcrDocument::objectKey)
			.containsExactly("raw-invoices/Initech Invoice.pdf");
	}

	@Test
	void acknowledgesTheS3TestEventWithoutStagingOrRejectingIt() {
		// given the test event S3 sends when a notification is configured
		data.send(event("s3-test-event.json"));

		// when
		JobExecution execution = Jobs.run(jobOperator, stagingOnlyJob);

		// then it is deleted from the queue, with no trace in the tables
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(data.count("ocr_document")).isZero();
		assertThat(data.count("ingest_reject")).isZero();
		assertThat(data.queueDepth()).isZero();
	}

	@Test
	void confirmsAnSnsSubscriptionThatArrivesThroughTheQueue() throws Exception {
		// given a queue subscribed to a topic of another account: SNS sends the confirmation through it
		AtomicInteger visits = new AtomicInteger();
		HttpServer sns = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		sns.createContext("/", exchange -> {
			visits.incrementAndGet();
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		sns.start();
		try {
			data.send(TestData.snsSubscriptionConfirmation(
					"http://127.0.0.1:" + sns.getAddress().getPort() + "/?Action=ConfirmSubscription"));

			// when
			Jobs.run(jobOperator, stagingOnlyJob);
		}
		finally {
			sns.stop(0);
		}

		// then the subscription was confirmed once, and the message is gone without a trace
		assertThat(visits).hasValue(1);
		assertThat(data.count("ingest_reject")).isZero();
		assertThat(data.queueDepth()).isZero();
	}

	@Test
	void recordsObjectRemovedEventsWithoutStagingThem() {
		// given a staged upload, then S3's delete event for the same key
		data.send(s3Put("invoices", "raw-invoices/to-be-deleted.pdf", null));
		Jobs.run(jobOperator, stagingOnlyJob);
		data.send("""
				{"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","eventTime":"2024-05-02T10:00:00.000Z",
				"eventName":"ObjectRemoved:Delete","s3":{"bucket":{"name":"invoices"},
				"object":{"key":"raw-invoices/to-be-deleted.pdf","sequencer":"0A1B2C3D4E5F678902"}}}]}
				""");

		// when
		Jobs.run(jobOperator, stagingOnlyJob);

		// then the removal is recorded and marked on the document, and nothing new is staged
		assertThat(data.count("ingest_object_removal")).isEqualTo(1);
		assertThat(data.count("ocr_document")).isEqualTo(1);
		OcrDocument document = documents.findByObject("invoices", "raw-invoices/to-be-deleted.pdf", null).orElseThrow();
		assertThat(document.objectRemovedAt()).isNotNull();
		assertThat(data.queueDepth()).isZero();
	}

	@Test
	void rejectsEventsForBucketsAndPrefixesThatAreNotConfigured() {
		// given events for a foreign bucket and for a key outside the configured prefixes
		data.send(s3Put("someone-elses-bucket", "raw-invoices/a.pdf", null));
		data.send(s3Put("invoices", "exports/report.csv", null));

		// when
		Jobs.run(jobOperator, stagingOnlyJob);

		// then nothing is staged; both are kept with a reason naming what is wrong, and deleted
		assertThat(data.count("ocr_document")).isZero();
		assertThat(rejects.findAll()).extracting(IngestRejectRepository.Reject::reason)
			.anySatisfy(reason -> assertThat(reason).contains("bucket 'someone-elses-bucket' is not configured"))
			.anySatisfy(reason -> assertThat(reason).contains("'exports/report.csv'").contains("outside the configured prefixes"));
		assertThat(data.queueDepth()).isZero();
	}

	@Test
	void keepsMalformedMessagesVerbatimWithTheReasonAndDeletesThem() {
		// given garbage, truncated JSON and a record without a key
		String garbage = event("malformed-not-json.txt");
		data.send(garbage);
		data.send(event("malformed-truncated.json"));
		data.send(event("malformed-s3-record-without-key.json"));

		// when
		JobExecution execution = Jobs.run(jobOperator, stagingOnlyJob);

		// then the run succeeds, each body is kept as it came with a reason, and the queue is empty
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<IngestRejectRepository.Reject> kept = rejects.findAll();
		assertThat(kept).hasSize(3);
		assertThat(kept).extracting(IngestRejectRepository.Reject::body).contains(garbage);
		assertThat(kept).extracting(IngestRejectRepository.Reject::reason)
			.anySatisfy(reason -> assertThat(reason).contains("not JSON"))
			.anySatisfy(reason -> assertThat(reason).contains("has no s3.object.key"));
		assertThat(data.queueDepth()).isZero();
	}

	@Test
	void stagesTheSameObjectVersionOnceHoweverOftenItIsAnnounced() {
		// given the same upload announced four times (redelivery, SNS and a direct notification)
		data.send(s3Put("invoices", "raw-invoices/dup.pdf", "v1"));
		data.send(s3Put("invoices", "raw-invoices/dup.pdf", "v1"));
		Jobs.run(jobOperator, stagingOnlyJob);
		data.send(s3Put("invoices", "raw-invoices/dup.pdf", "v1"));
		data.send(s3Put("invoices", "raw-invoices/dup.pdf", "v2"));

		// when
		Jobs.run(jobOperator, stagingOnlyJob);

		// then one row per version, each with exactly one staging audit row
		assertThat(documents.findRecent(10)).extracting(OcrDocument::versionId).containsExactlyInAnyOrder("v1", "v2");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM ocr_status_transition WHERE to_status = 'PENDING'",
				Long.class)).isEqualTo(2);
		assertThat(data.queueDepth()).isZero();
	}

	@Test
	void findsTheDocumentIdInMetadataThenInTheKeyThenDerivesOne() {
		// given one object with the id in its metadata, one with it in the key, one with neither
		data.put("invoices", "raw-invoices/with-metadata.pdf", "x", Map.of("document-id", "cm0abc123"));
		data.put("invoices", "raw-invoices/doc-4711/in-key.pdf", "x", Map.of());
		data.put("invoices", "raw-invoices/anonymous.pdf", "x", Map.of());
		data.send(s3Put("invoices", "raw-invoices/with-metadata.pdf", null));
		data.send(s3Put("invoices", "raw-invoices/doc-4711/in-key.pdf", null));
		data.send(s3Put("invoices", "raw-invoices/anonymous.pdf", null));

		// when
		Jobs.run(jobOperator, stagingOnlyJob);

		// then
		assertThat(documents.findById("cm0abc123")).get().extracting(OcrDocument::objectKey)
			.isEqualTo("raw-invoices/with-metadata.pdf");
		assertThat(documents.findById("doc-4711")).get().extracting(OcrDocument::objectKey)
			.isEqualTo("raw-invoices/doc-4711/in-key.pdf");
		OcrDocument anonymous = documents.findByObject("invoices", "raw-invoices/anonymous.pdf", null).orElseThrow();
		assertThat(anonymous.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
	}

	@Test
	void aNewerUploadForTheSameDocumentReopensItAndALateOlderEventDoesNot() {
		// given doc-9 staged from first.pdf and already processed
		String firstEtag = data.put("invoices", "raw-invoices/first.pdf", "x", Map.of("document-id", "doc-9"));
		String secondEtag = data.put("invoices", "raw-invoices/second.pdf", "y", Map.of("document-id", "doc-9"));
		data.send(s3Put("invoices", "raw-invoices/first.pdf", null, firstEtag, "2024-05-01T10:00:00Z"));
		Jobs.run(jobOperator, stagingOnlyJob);
		statuses.transition("doc-9", OcrStatus.PROCESSING, "claimed", null);
		statuses.transition("doc-9", OcrStatus.COMPLETED, "done", null);

		// when a corrected file for the same document is uploaded later
		data.send(s3Put("invoices", "raw-invoices/second.pdf", null, secondEtag, "2024-05-02T10:00:00Z"));
		Jobs.run(jobOperator, stagingOnlyJob);

		// then doc-9 now stands for the newer file and is PENDING again, with the reason on record
		OcrDocument reopened = documents.findById("doc-9").orElseThrow();
		assertThat(reopened.objectKey()).isEqualTo("raw-invoices/second.pdf");
		assertThat(reopened.status()).isEqualTo(OcrStatus.PENDING);
		assertThat(statuses.history("doc-9")).last()
			.satisfies(t -> assertThat(t.reason()).contains("re-uploaded").contains("first.pdf").contains("second.pdf"));
		assertThat(data.count("ingest_reject")).isZero();

		// when the event of the older upload is delivered once more, late
		data.send(s3Put("invoices", "raw-invoices/first.pdf", null, firstEtag, "2024-05-01T10:00:00Z"));
		Jobs.run(jobOperator, stagingOnlyJob);

		// then the document keeps the newer file
		assertThat(documents.findById("doc-9")).get().extracting(OcrDocument::objectKey)
			.isEqualTo("raw-invoices/second.pdf");
		assertThat(data.count("ocr_document")).isEqualTo(1);
	}

	@Test
	void anOverwriteOfAnUnversionedKeyIsANewUploadButTheSameContentIsNot() {
		// given an unversioned key staged once
		String etag = data.put("invoices", "raw-invoices/doc-77/invoice.pdf", "first content", Map.of());
		data.send(s3Put("invoices", "raw-invoices/doc-77/invoice.pdf", null, etag, "2024-05-01T10:00:00Z"));
		Jobs.run(jobOperator, stagingOnlyJob);
		statuses.transition("doc-77", OcrStatus.PROCESSING, null, null);
		statuses.transition("doc-77", OcrStatus.FAILED, "unreadable scan", null);

		// when the same content is announced again, then the key is overwritten with new content
		data.send(s3Put("invoices", "raw-invoices/doc-77/invoice.pdf", null, etag, "2024-05-01T10:00:00Z"));
		Jobs.run(jobOperator, stagingOnlyJob);
		OcrStatus afterRedelivery = documents.findById("doc-77").orElseThrow().status();
		String newEtag = data.put("invoices", "raw-invoices/doc-77/invoice.pdf", "better scan", Map.of());
		data.send(s3Put("invoices", "raw-invoices/doc-77/invoice.pdf", null, newEtag, "2024-05-03T10:00:00Z"));
		Jobs.run(jobOperator, stagingOnlyJob);

		// then the redelivery changed nothing, the overwrite reopened the document with the new ETag
		assertThat(afterRedelivery).isEqualTo(OcrStatus.FAILED);
		OcrDocument document = documents.findById("doc-77").orElseThrow();
		assertThat(document.status()).isEqualTo(OcrStatus.PENDING);
		assertThat(document.etag()).isEqualTo(newEtag);
		assertThat(document.error()).isNull();
	}

	@Test
	void aBackfillOverObjectsStagedFromEventsFindsThemStaged() {
		// given an upload staged from its event, with the ETag S3 reports
		String etag = data.put("invoices", "raw-invoices/doc-5150/from-event.pdf", "content", Map.of());
		data.send(s3Put("invoices", "raw-invoices/doc-5150/from-event.pdf", null, etag, "2024-05-01T10:00:00Z"));
		Jobs.run(jobOperator, stagingOnlyJob);

		// when a backfill lists the same prefix
		JobExecution backfill = Jobs.run(jobOperator, backfillJob, new JobParametersBuilder()
			.addString("bucket", "invoices")
			.addString("prefix", "raw-invoices/")
			.toJobParameters());

		// then it finds the object staged and adds nothing
		assertThat(backfill.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(backfill.getStepExecutions().iterator().next().getExecutionContext().getLong("backfill.duplicates"))
			.isEqualTo(1);
		assertThat(data.count("ocr_document")).isEqualTo(1);
	}

	@Test
	void rejectsAKeyWithANulCharacterInsteadOfFailingTheRun() {
		// given a key PostgreSQL cannot store, between two good ones
		data.send(s3Put("invoices", "raw-invoices/good-1.pdf", null));
		data.send(s3Put("invoices", "raw-invoices/bad%00name.pdf", null));
		data.send(s3Put("invoices", "raw-invoices/good-2.pdf", null));

		// when
		JobExecution execution = Jobs.run(jobOperator, stagingOnlyJob);

		// then the run completes, the good ones are staged, the bad one is kept with its reason
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(data.count("ocr_document")).isEqualTo(2);
		assertThat(rejects.findAll()).singleElement()
			.extracting(IngestRejectRepository.Reject::reason)
			.asString()
			.contains("NUL character");
		assertThat(data.queueDepth()).isZero();
	}

	@Test
	void stagesAnObjectThatIsAlreadyGoneSoThatItCanFailVisiblyLater() {
		// given an event for an object that was deleted before the run
		data.send(s3Put("invoices", "raw-invoices/vanished.pdf", null));

		// when
		JobExecution execution = Jobs.run(jobOperator, stagingOnlyJob);

		// then it is staged from what the event says
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(documents.findByObject("invoices", "raw-invoices/vanished.pdf", null)).get()
			.extracting(OcrDocument::sizeBytes)
			.isEqualTo(1024L);
	}

}
