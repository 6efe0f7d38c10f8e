package io.invoiceocr.job;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.InvoicePdfs;
import io.invoiceocr.support.TestData;
import io.invoiceocr.support.WebhookReceiver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The jobs' REST API on the service's port, behind its token: start with parameters, status with
 * the documents per status, restart, stop, refusals with the reason.
 */
@IntegrationTest
class JobsApiIT {

	private static final String TOKEN = "test-token";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestData data;

	@Autowired
	WebhookReceiver receiver;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void reset() {
		data.reset();
		receiver.reset();
	}

	@Test
	void aStartedRunIsFollowedToItsEndWithItsDocumentsPerStatus() throws Exception {
		// given
		data.upload("invoices", "raw-invoices/doc-801/invoice.pdf", InvoicePdfs.invoice(1));
		data.upload("invoices", "raw-invoices/doc-802/invoice.pdf", "not a pdf".getBytes());

		// when
		HttpResponse<String> started = call("POST", "/api/jobs/ocrJob", "{}", TOKEN);
		JsonNode run = JSON.readTree(started.body());
		JsonNode ended = awaitEnd(run.get("executionId").asLong());

		// then
		assertThat(started.statusCode()).isEqualTo(202);
		assertThat(started.headers().firstValue("Location")).hasValue("/api/jobs/executions/" + run.get("executionId").asLong());
		assertThat(ended.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(ended.at("/documents/COMPLETED").asInt()).isEqualTo(1);
		assertThat(ended.at("/documents/FAILED").asInt()).isEqualTo(1);
		assertThat(ended.get("steps").findValuesAsString("name")).contains("ingestStep", "claimStep", "processStep",
				"deliverStep");
		JsonNode status = JSON.readTree(call("GET", "/api/status", null, TOKEN).body());
		assertThat(status.at("/documents/COMPLETED").asInt()).isEqualTo(1);
		assertThat(status.at("/webhooks/DELIVERED").asInt()).isEqualTo(2);
	}

	@Test
	void refusalsSayWhy() throws Exception {
		assertThat(call("POST", "/api/jobs/ocrJob", "{}", null).statusCode()).isEqualTo(401);
		HttpResponse<String> unknown = call("POST", "/api/jobs/noSuchJob", "{}", TOKEN);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("ocrJob", "rerunFailedJob");
		HttpResponse<String> invalid = call("POST", "/api/jobs/rerunFailedJob", "{\"failedSince\": \"yesterday\"}", TOKEN);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("failedSince", "ISO date");
		assertThat(call("GET", "/api/jobs/executions/999999", null, TOKEN).statusCode()).isEqualTo(404);
	}

	@Test
	void deadWebhooksAreRequeuedAndDeliveredByTheDeliveryJob() throws Exception {
		// given a result whose webhook the receiver refused
		receiver.answers(400);
		data.upload("invoices", "raw-invoices/doc-811/invoice.pdf", InvoicePdfs.invoice(2));
		awaitEnd(JSON.readTree(call("POST", "/api/jobs/ocrJob", "{}", TOKEN).body()).get("executionId").asLong());
		assertThat(jdbc.queryForObject("SELECT status FROM webhook_outbox", String.class)).isEqualTo("DEAD");

		// when the delivery job re-queues dead events
		JsonNode delivery = awaitEnd(JSON.readTree(
				call("POST", "/api/jobs/deliverWebhooksJob", "{\"requeueDead\": \"true\"}", TOKEN).body())
			.get("executionId")
			.asLong());

		// then it was delivered on the second try, with the same key
		assertThat(delivery.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(jdbc.queryForObject("SELECT status FROM webhook_outbox", String.class)).isEqualTo("DELIVERED");
		assertThat(receiver.requests()).extracting(WebhookReceiver.Request::idempotencyKey)
			.containsExactly("doc-811:COMPLETED:1", "doc-811:COMPLETED:1");
	}

	@Test
	void aFailedRunIsRestartedAndARunningOneStopped() throws Exception {
		// given a run that failed: the database refused its results
		data.upload("invoices", "raw-invoices/doc-821/invoice.pdf", InvoicePdfs.invoice(3));
		jdbc.execute("CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full' "
				+ "USING ERRCODE = '53100'; END $$ LANGUAGE plpgsql");
		jdbc.execute("CREATE TRIGGER refuse BEFORE UPDATE OF ocr_status ON ocr_document FOR EACH ROW "
				+ "WHEN (NEW.ocr_status = 'COMPLETED') EXECUTE FUNCTION refuse()");
		long failedId;
		try {
			failedId = JSON.readTree(call("POST", "/api/jobs/ocrJob", "{}", TOKEN).body()).get("executionId").asLong();
			assertThat(awaitEnd(failedId).get("status").asString()).isEqualTo("FAILED");
		}
		finally {
			jdbc.execute("DROP TRIGGER refuse ON ocr_document");
			jdbc.execute("DROP FUNCTION refuse()");
		}

		// when it is restarted
		HttpResponse<String> restarted = call("POST", "/api/jobs/executions/" + failedId + "/restart", null, TOKEN);
		JsonNode ended = awaitEnd(JSON.readTree(restarted.body()).get("executionId").asLong());

		// then
		assertThat(restarted.statusCode()).isEqualTo(202);
		assertThat(ended.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(ended.at("/documents/COMPLETED").asInt()).isEqualTo(1);
		// and a run that is not running cannot be stopped
		assertThat(call("POST", "/api/jobs/executions/" + failedId + "/stop", null, TOKEN).statusCode()).isEqualTo(409);
	}

	@Test
	void aRunningRunIsStoppedBetweenChunksAndItsRestartFinishesIt() throws Exception {
		// given a run over 48 invoices (3 chunks of 4 or more per partition), slowed down (a chunk takes a second)
		for (int n = 1; n <= 48; n++) {
			data.upload("invoices", "raw-invoices/doc-%d/invoice.pdf".formatted(830 + n), InvoicePdfs.invoice(n));
		}
		jdbc.execute("CREATE FUNCTION slow() RETURNS trigger AS $$ BEGIN PERFORM pg_sleep(0.25); RETURN NEW; END $$ "
				+ "LANGUAGE plpgsql");
		jdbc.execute("CREATE TRIGGER slow BEFORE UPDATE OF ocr_status ON ocr_document FOR EACH ROW "
				+ "WHEN (NEW.ocr_status = 'COMPLETED') EXECUTE FUNCTION slow()");
		JsonNode stopped;
		long runId;
		try {
			runId = JSON.readTree(call("POST", "/api/jobs/ocrJob", "{}", TOKEN).body()).get("executionId").asLong();
			await("a first document COMPLETED").atMost(Duration.ofSeconds(60)).until(() -> completed() > 0);

			// when it is stopped
			HttpResponse<String> stop = call("POST", "/api/jobs/executions/" + runId + "/stop", null, TOKEN);
			stopped = awaitEnd(runId);
			assertThat(stop.statusCode()).isEqualTo(202);
		}
		finally {
			jdbc.execute("DROP TRIGGER slow ON ocr_document");
			jdbc.execute("DROP FUNCTION slow()");
		}

		// then it stopped with documents left, still claimed, and its restart finishes them
		assertThat(stopped.get("status").asString()).isEqualTo("STOPPED");
		assertThat(completed()).isBetween(1L, 47L);
		JsonNode restarted = awaitEnd(JSON.readTree(call("POST", "/api/jobs/executions/" + runId + "/restart", null, TOKEN)
			.body()).get("executionId").asLong());
		assertThat(restarted.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(completed()).isEqualTo(48);
		assertThat(restarted.at("/documents/COMPLETED").asInt()).isEqualTo(48);
	}

	private long completed() {
		Long count = jdbc.queryForObject("SELECT count(*) FROM ocr_document WHERE ocr_status = 'COMPLETED'", Long.class);
		return count == null ? 0 : count;
	}

	/** The execution as the API shows it once its status is no longer one of a run still going. */
	private JsonNode awaitEnd(long executionId) {
		return await("execution " + executionId + " ended")
			.atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> JSON.readTree(call("GET", "/api/jobs/executions/" + executionId, null, TOKEN).body()),
					execution -> !Set.of("STARTING", "STARTED", "STOPPING").contains(execution.get("status").asString()));
	}

	private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
