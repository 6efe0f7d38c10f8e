package io.invoiceocr.ingest.event;

import static io.invoiceocr.ingest.event.EventFixtures.eventsOf;
import static io.invoiceocr.ingest.event.EventFixtures.fixture;
import static io.invoiceocr.ingest.event.EventFixtures.reasonOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.invoiceocr.ingest.event.ObjectEvent.Type;
import tools.jackson.databind.json.JsonMapper;

/** S3 events routed through EventBridge: its {@code detail} carries the object, its key as sent. */
class EventBridgeParsingTest {

	private static final String BUCKET = "acme-invoices-inbox";

	private final S3EventParser parser = new S3EventParser(JsonMapper.builder().build());

	/** AWS documents this key as plain, unlike S3 notifications: '+' and spaces stay as they are. */
	@Test
	void objectCreatedBecomesCreatedEventWithKeyAsSent() {
		// given
		String body = fixture("eventbridge-object-created.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).containsExactly(new ObjectEvent(Type.CREATED, "Object Created", BUCKET,
				"raw-invoices/Initech Invoice Q1+Q2.pdf", "IYV3p45BT0ac8hjHg1houSdS1a.Mro8e",
				"b1946ac92492d2347c6235b4d2611184", 64512L, Instant.parse("2024-03-14T09:26:53Z")));
	}

	@Test
	void objectDeletedBecomesRemovedEvent() {
		// given
		String body = fixture("eventbridge-object-deleted.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(eventsOf(result)).containsExactly(new ObjectEvent(Type.REMOVED, "Object Deleted", BUCKET,
				"raw-invoices/INV-2024-0042.pdf", "1QW9g1Z99LUNbvaaYVpW9xDlOLU.qxgF",
				"d41d8cd98f00b204e9800998ecf8427e", null, Instant.parse("2024-03-15T08:05:44Z")));
	}

	@Test
	void otherDetailTypeIsMalformedNamingIt() {
		// given
		String body = fixture("eventbridge-object-restore-completed.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("unsupported EventBridge detail-type Object Restore Completed");
	}

	@Test
	void eventFromAnotherServiceIsMalformedNamingTheSource() {
		// given
		String body = fixture("eventbridge-object-created.json", "\"aws.s3\"", "\"aws.ec2\"");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("EventBridge event from source aws.ec2, not aws.s3");
	}

}
