package io.invoiceocr.ingest.event;

import static io.invoiceocr.ingest.event.EventFixtures.fixture;
import static io.invoiceocr.ingest.event.EventFixtures.reasonOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import io.invoiceocr.ingest.event.ParsedMessage.Malformed;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bodies that cannot be understood: each is {@link Malformed} with a reason a person can act on,
 * and parsing never throws.
 */
class MalformedBodyParsingTest {

	private final S3EventParser parser = new S3EventParser(JsonMapper.builder().build());

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\n\t" })
	void emptyBodyIsMalformed(String body) {
		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("body is empty");
	}

	@Test
	void textThatIsNotJsonIsMalformed() {
		// given
		String body = fixture("malformed-not-json.txt");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).startsWith("body is not JSON: ");
	}

	@Test
	void truncatedJsonIsMalformed() {
		// given
		String body = fixture("malformed-truncated.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).startsWith("body is not JSON: ").contains("end-of-input");
	}

	@Test
	void jsonArrayIsMalformed() {
		// given
		String body = fixture("malformed-json-array.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("body is a JSON array, not an object");
	}

	@Test
	void recordWithoutKeyMakesWholeMessageMalformed() {
		// given
		String body = fixture("malformed-s3-record-without-key.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("S3 record 0 has no s3.object.key");
	}

	@Test
	void recordWithoutBucketIsMalformedNamingItsIndex() {
		// given
		String body = fixture("s3-multi-record.json", "\"name\": \"acme-invoices-inbox\"", "\"name\": \"\"");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("S3 record 0 has no s3.bucket.name");
	}

	/** The second record is broken: the reason must point at it, not at the first. */
	@Test
	void brokenSecondRecordIsNamedByItsIndex() {
		// given
		String body = fixture("s3-multi-record.json", "\"key\": \"raw-invoices/2024/03/initech-0007.pdf\",", "");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("S3 record 1 has no s3.object.key");
	}

	/** S3 would have sent a literal '%' as "%25"; a bare one means the key cannot be trusted. */
	@Test
	void keyWithBrokenUrlEncodingIsMalformed() {
		// given
		String body = fixture("s3-put.json", "raw-invoices/INV-2024-0042.pdf", "raw-invoices/100%.pdf");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result))
			.isEqualTo("S3 record 0 has an s3.object.key that is not valid URL encoding: raw-invoices/100%.pdf");
	}

	/** AWS: a new major version may change what fields mean, so only 2.x is trusted. */
	@Test
	void unknownMajorEventVersionIsMalformed() {
		// given
		String body = fixture("s3-put.json", "\"eventVersion\": \"2.1\"", "\"eventVersion\": \"3.0\"");

		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isEqualTo("S3 record 0 has eventVersion 3.0, only 2.x is understood");
	}

	@Test
	void emptyRecordsIsMalformed() {
		// when
		ParsedMessage result = parser.parse("{\"Records\":[]}");

		// then
		assertThat(reasonOf(result)).isEqualTo("S3 notification has no records");
	}

	@Test
	void unknownJsonObjectIsMalformed() {
		// given
		String body = fixture("malformed-unknown-object.json");

		// when
		ParsedMessage result = parser.parse(body);

		// then it says what the body is not and what would be understood
		assertThat(reasonOf(result)).startsWith(
				"unknown message: neither an S3 notification, an SNS envelope nor an EventBridge S3 event")
			.contains("understood are S3 event notifications");
	}

	@Test
	void recordsOfAnotherServiceAreMalformedNamingTheService() {
		// when
		ParsedMessage result = parser.parse("{\"Records\":[{\"eventSource\":\"aws:kinesis\",\"kinesis\":{}}]}");

		// then
		assertThat(reasonOf(result)).startsWith("Records[0] is an event from aws:kinesis, not an S3 event notification")
			.contains("understood are");
	}

	/**
	 * Whatever arrives, parse names a reason, and each of these is handled on purpose rather than
	 * by the last-resort catch in {@link S3EventParser#parse}.
	 */
	@ParameterizedTest
	@ValueSource(strings = {
			"null",
			"42",
			"\"ObjectCreated:Put\"",
			"true",
			"{",
			"}",
			"{\"a\":1} trailing",
			"\uFEFF{\"Records\":[]}",
			"{\"Records\":{}}",
			"{\"Records\":[null]}",
			"{\"Records\":[{\"eventName\":42}]}",
			"{\"Records\":[{\"eventName\":\"ObjectCreated:Put\",\"s3\":[]}]}",
			"{\"Type\":\"Notification\",\"TopicArn\":\"t\"}",
			"{\"Type\":\"Notification\",\"TopicArn\":\"t\",\"Message\":42}",
			"{\"Type\":\"SubscriptionConfirmation\",\"TopicArn\":\"t\"}",
			"{\"Type\":\"Rumour\",\"TopicArn\":\"t\"}",
			"{\"detail-type\":\"Object Created\",\"source\":\"aws.s3\",\"detail\":{}}",
			"{\"detail-type\":\"Object Created\",\"source\":\"aws.s3\",\"detail\":{\"bucket\":{\"name\":\"b\"}}}" })
	void garbageIsMalformedWithAReasonAndNeverThrows(String body) {
		// when
		ParsedMessage result = parser.parse(body);

		// then
		assertThat(reasonOf(result)).isNotBlank().doesNotStartWith("body could not be parsed");
	}

}
