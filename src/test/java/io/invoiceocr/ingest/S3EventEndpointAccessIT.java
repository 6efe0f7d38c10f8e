package io.invoiceocr.ingest;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import io.invoiceocr.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.invoiceocr.support.TestData.event;
import static io.invoiceocr.support.TestData.s3Put;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/events/s3} lets in only callers with the token, by any spelling of the path, and
 * reads a body the way curl and SNS send it: its size in bytes, a form content type, no charset.
 */
@IntegrationTest
class S3EventEndpointAccessIT extends EventEndpointTestBase {

	@Test
	void refusesCallersWithoutTheToken() throws Exception {
		HttpResponse<String> none = post(s3Put("invoices", "raw-invoices/a.pdf", null), null);
		HttpResponse<String> wrong = post(s3Put("invoices", "raw-invoices/a.pdf", null), "Bearer not-the-token");

		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(data.count("ocr_document")).isZero();
	}

	@Test
	void cannotBeReachedWithoutTheTokenThroughAnotherSpellingOfThePath() throws Exception {
		// path parameters and percent-encoding reach the same controller: the guard must see them too
		for (String path : List.of("/api;x=1/events/s3", "/%61pi/events/s3", "/api/events/s3;jsessionid=1")) {
			HttpResponse<String> response = post(path, s3Put("invoices", "raw-invoices/sneaky.pdf", null), null);
			assertThat(response.statusCode()).as(path).isIn(400, 401, 404);
		}
		assertThat(data.count("ocr_document")).isZero();
	}

	@Test
	void refusesBodiesLargerThanAnySnsMessage() throws Exception {
		HttpResponse<String> response = post("x".repeat(300_000), "Bearer " + TOKEN);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(data.count("ingest_reject")).isZero();
	}

	@Test
	void countsTheBodyLimitInBytesNotCharacters() throws Exception {
		// given 200,004 characters that are 400,008 bytes in UTF-8, over the 262,144-byte limit
		String body = "\u00e9".repeat(200_004);

		// when
		HttpResponse<String> response = post(body, "Bearer " + TOKEN);

		// then it is refused as too large, naming the limit and the setting, and not kept
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("262144 bytes").contains("invoice-ocr.api.max-body-bytes");
		assertThat(data.count("ingest_reject")).isZero();
	}

	@Test
	void readsTheBodyAsSentWhenCurlDeclaresItAFormTheWayItsDashDDoes() throws Exception {
		// given an S3 notification sent the way `curl -d @event.json` sends it
		String body = s3Put("invoices", "raw-invoices/form+posted%C3%A9.pdf", null);

		// when
		HttpResponse<String> response = post("/api/events/s3", body, "Bearer " + TOKEN,
				"application/x-www-form-urlencoded");

		// then the body is read as JSON, not as form fields
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		assertThat(documents.findByObject("invoices", "raw-invoices/form posted\u00e9.pdf", null)).isPresent();
	}

	@Test
	void takesAnEventPostedByCurlWithItsDefaults(@TempDir Path dir) throws Exception {
		// given an S3 notification in a file, posted by curl itself with `-d @file` and nothing else
		Path event = Files.writeString(dir.resolve("event.json"),
				s3Put("invoices", "raw-invoices/posted-by-curl.pdf", null), StandardCharsets.UTF_8);
		Process curl = new ProcessBuilder("curl", "--silent", "--show-error", "--output", "/dev/null", "--write-out",
				"%{http_code}", "--header", "Authorization: Bearer " + TOKEN, "--data", "@" + event,
				"http://127.0.0.1:" + port + "/api/events/s3")
			.redirectErrorStream(true)
			.start();

		// when
		String status = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

		// then
		assertThat(curl.waitFor()).as(status).isZero();
		assertThat(status).isEqualTo("202");
		assertThat(documents.findByObject("invoices", "raw-invoices/posted-by-curl.pdf", null)).isPresent();
	}

	@Test
	void readsAnUndeclaredCharsetAsUtf8() throws Exception {
		// given a key with a non-ASCII character in the JSON text itself, and no charset declared
		String body = s3Put("invoices", "raw-invoices/r\u00e9sum\u00e9.pdf", null);

		// when
		HttpResponse<String> response = post("/api/events/s3", body, "Bearer " + TOKEN, "application/json");

		// then JSON's own encoding, UTF-8, is used
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		assertThat(documents.findByObject("invoices", "raw-invoices/r\u00e9sum\u00e9.pdf", null)).isPresent();
	}

	@Test
	void acceptsTheTokenAsBasicAuthPasswordTheWaySnsSendsIt() throws Exception {
		// given SNS delivering a notification to https://sns:<token>@host/api/events/s3
		String basic = "Basic " + Base64.getEncoder().encodeToString(("sns:" + TOKEN).getBytes(StandardCharsets.UTF_8));
		String notification = signed(event("sns-notification-s3-put.json").replace("acme-invoices-inbox", "invoices"));

		// when
		HttpResponse<String> response = post(notification, basic);
		HttpResponse<String> again = post(notification, basic);

		// then the first stages the object, the redelivery finds it staged already
		assertThat(response.statusCode()).isEqualTo(202);
		assertThat(again.statusCode()).isEqualTo(202);
		assertThat(again.body()).contains("\"duplicates\":1");
		assertThat(data.count("ocr_document")).isEqualTo(1);
	}

}
