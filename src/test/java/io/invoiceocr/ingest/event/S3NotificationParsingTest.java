package io.invoiceocr.ingest.event;

import static io.invoiceocr.ingest.event.EventFixtures.eventsOf;
import static io.invoiceocr.ingest.event.EventFixtures.fixture;
import static io.invoiceocr.ingest.event.EventFixtures.reasonOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.invoiceocr.ingest.event.ObjectEvent.Type;
import io.invoiceocr.ingest.event.ParsedMessage.TestEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * S3 event notifications as S3 sends them to SQS (or to SNS with raw delivery): each shape AWS
 * documents has a fixture under {@code src/test/resources/events/} shaped like AWS's own examples.
 */
class S3NotificationParsingTest {

	private static final String BUCKET = "acme-invoices-inbox";

	private final S3EventParser parser = new S3EventParser(JsonMapper.builder().build());

	@Test
	void putBecomesCreatedEventWithAllObjectDetails() {
		// given
		String body = fixture("s3-put.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).containsExactly(new ObjectEvent(Type.CREATED, "ObjectCreated:Put", BUCKET,
				"raw-invoices/INV-2024-0042.pdf", "096fKKXTRTtl3on89fVO.nfljtsv6qko",
				"5f9ca96e2ed74b596b3754325c069812", 48213L, Instant.parse("2024-03-14T09:26:53.589Z")));
	}

	/** S3 form-encodes keys: '+' is a space, "%2B" a literal plus, "%C3%A9" an 'é'. */
	@Test
	void urlEncodedKeyIsDecodedLikeAFormValue() {
		// given
		String body = fixture("s3-put-url-encoded-key.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).singleElement()
			.extracting(ObjectEvent::key)
			.isEqualTo("raw-invoices/ACME Invoice #2024-01 été+1.pdf");
	}

	@Test
	void everyRecordBecomesAnEventInOrder() {
		// given
		String body = fixture("s3-multi-record.json");

		// when
		List<ObjectEvent> events = eventsOf(parser.parse(body));

		// then
		assertThat(events).extracting(ObjectEvent::type, ObjectEvent::eventName, ObjectEvent::key,
				ObjectEvent::sizeBytes)
			.containsExactly(
					tuple(Type.CREATED, "ObjectCreated:CompleteMultipartUpload",
							"raw-invoices/2024/03/globex-batch-001.pdf", 15728640L),
					tuple(Type.CREATED, "ObjectCreated:Copy",
							"raw-invoices/2024/03/initech-0007.pdf", 20480L));
	}

	/** A delete carries neither size nor ETag; they stay unknown rather than zero or empty. */
	@Test
	void deleteBecomesRemovedEventWithoutSizeOrEtag() {
		// given
		String body = fixture("s3-delete.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).containsExactly(new ObjectEvent(Type.REMOVED, "ObjectRemoved:Delete", BUCKET,
				"raw-invoices/INV-2024-0042.pdf", null, null, null, Instant.parse("2024-03-15T08:00:01.250Z")));
	}

	@Test
	void deleteMarkerBecomesRemovedEventKeepingTheMarkerVersion() {
		// given
		String body = fixture("s3-delete-marker.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).singleElement().satisfies(event -> {
			assertThat(event.type()).isEqualTo(Type.REMOVED);
			assertThat(event.eventName()).isEqualTo("ObjectRemoved:DeleteMarkerCreated");
			assertThat(event.versionId()).isEqualTo("1QW9g1Z99LUNbvaaYVpW9xDlOLU.qxgF");
		});
	}

	/** An object expired by a lifecycle rule is gone just as if someone had deleted it. */
	@Test
	void lifecycleExpirationBecomesRemovedEvent() {
		// given
		String body = fixture("s3-lifecycle-expiration.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).singleElement().satisfies(event -> {
			assertThat(event.type()).isEqualTo(Type.REMOVED);
			assertThat(event.key()).isEqualTo("raw-invoices/2023/INV-2023-0999.pdf");
		});
	}

	@Test
	void messageWithOnlyUnsupportedEventsIsMalformedNamingTheEvent() {
		// given
		String body = fixture("s3-restore-completed.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("unsupported event name ObjectRestore:Completed");
	}

	/** One unsupported record must not cost the invoice that came in the same message. */
	@Test
	void unsupportedRecordIsSkippedWhenAnotherRecordIsUsable() {
		// given
		String body = fixture("s3-restore-and-put.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).singleElement().satisfies(event -> {
			assertThat(event.eventName()).isEqualTo("ObjectCreated:Put");
			assertThat(event.key()).isEqualTo("raw-invoices/INV-2024-0043.pdf");
		});
	}

	@Test
	void quotedEtagLosesItsQuotes() {
		// given
		String etag = "5f9ca96e2ed74b596b3754325c069812";
		String body = fixture("s3-put.json", "\"" + etag + "\"", "\"\\\"" + etag + "\\\"\"");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).singleElement()
			.extracting(ObjectEvent::etag)
			.isEqualTo("5f9ca96e2ed74b596b3754325c069812");
	}

	/** A bad timestamp is no reason to lose the invoice: the time is simply unknown. */
	@Test
	void unparseableEventTimeBecomesUnknown() {
		// given
		String body = fixture("s3-put.json", "2024-03-14T09:26:53.589Z", "14/03/2024 09:26");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).singleElement().satisfies(event -> {
			assertThat(event.eventTime()).isNull();
			assertThat(event.key()).isEqualTo("raw-invoices/INV-2024-0042.pdf");
		});
	}

	@Test
	void testEventBecomesTestEventOfItsBucket() {
		// given
		String body = fixture("s3-test-event.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(result).isEqualTo(new TestEvent(BUCKET));
	}

}
