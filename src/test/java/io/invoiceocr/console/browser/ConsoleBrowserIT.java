package io.invoiceocr.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.TestData;
import io.invoiceocr.support.WebhookReceiver;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console in headless Chromium ({@code src/test/console-e2e/console.mjs}), against the service on
 * its embedded stand-ins: an operator logs in, launches ocrJob, sees the sample invoices COMPLETED,
 * opens one and hovers its total to see where it was read, re-runs a FAILED document from the list,
 * and stops and restarts a run. Screenshots are kept under {@code target/console-e2e/}.
 */
@IntegrationTest
class ConsoleBrowserIT {

	static final Path SCRIPTS = Path.of("src", "test", "console-e2e");

	static final Path SHOTS = Path.of("target", "console-e2e").toAbsolutePath();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestData data;

	@Autowired
	WebhookReceiver receiver;

	@BeforeEach
	void reset() {
		data.reset();
		receiver.reset();
	}

	@Test
	void anOperatorReviewsTheSamplesAndReRunsAFailedDocument() throws Exception {
		// given the sample invoices and a PDF cut short, uploaded and announced
		Path samples = Path.of("samples");
		data.upload("invoices", "raw-invoices/doc-1001/acme-invoice-2024-0117.pdf",
				Files.readAllBytes(samples.resolve("acme-invoice-2024-0117.pdf")));
		data.upload("invoices", "raw-invoices/doc-1002/receipt-kedai-runcit.jpg",
				Files.readAllBytes(samples.resolve("receipt-kedai-runcit.jpg")));
		byte[] whole = Files.readAllBytes(samples.resolve("rechnung-muller-gmbh-RE-88231.pdf"));
		data.upload("invoices", "raw-invoices/doc-1003/rechnung.pdf", whole);
		data.upload("invoices", "raw-invoices/doc-1666/cut-short.pdf", Arrays.copyOf(whole, whole.length / 3));

		// when an operator works through the console
		JsonNode seen = browse("review", "doc-1001", "doc-1666");

		// then the login was required and checked, the run completed and its documents are shown
		assertThat(seen.get("redirectedToLogin").asBoolean()).isTrue();
		assertThat(seen.get("wrongPasswordRefused").asBoolean()).isTrue();
		assertThat(seen.get("loggedIn").asBoolean()).isTrue();
		assertThat(seen.at("/ocrJob/status").asString()).isEqualTo("COMPLETED");
		assertThat(seen.at("/ocrJob/steps").toString()).contains("ingestStep", "processPartition:partition0");
		assertThat(seen.get("overviewCompleted").asString()).isEqualTo("3");
		assertThat(seen.get("completedIds").toString()).contains("doc-1001", "doc-1002", "doc-1003").doesNotContain("doc-1666");
		// the document's page is drawn, and hovering its total lights up the boxes it was read from only
		assertThat(seen.get("pageImageWidth").asInt()).isGreaterThan(200);
		assertThat(seen.get("totalValue").asString()).isEqualTo("1424.16");
		assertThat(seen.get("highlightedBoxes").asInt()).isPositive();
		assertThat(seen.get("highlightedOthers").asInt()).isZero();
		assertThat(seen.get("lineBoxes").asInt()).isGreaterThan(10);
		// the FAILED document shows its reason and was re-run by id, and failed again for the same reason
		assertThat(seen.get("failedErrorShown").asString()).containsIgnoringCase("damaged or cut short");
		assertThat(seen.at("/rerun/documentIds").asString()).isEqualTo("doc-1666");
		assertThat(seen.at("/rerun/status").asString()).isEqualTo("COMPLETED");
		assertThat(seen.get("rerunHistory").toString()).contains("re-run requested");
		assertThat(seen.get("rerunAttempts").asString()).isEqualTo("2");
		assertThat(seen.get("errors").size()).as(seen.get("errors").toString()).isZero();
		assertThat(SHOTS.resolve("document-total-highlighted.png")).isNotEmptyFile();
	}

	@Test
	void anOperatorStopsARunAndRestartsIt() throws Exception {
		// given enough receipts (each its own content, so none reuses another's result) for a run to take a while
		byte[] receipt = Files.readAllBytes(Path.of("samples", "receipt-kedai-runcit.jpg"));
		int receipts = 6;
		for (int i = 0; i < receipts; i++) {
			byte[] distinct = Arrays.copyOf(receipt, receipt.length + 4);
			distinct[receipt.length + 3] = (byte) i;
			data.upload("invoices", "raw-invoices/doc-" + (2000 + i) + "/receipt.jpg", distinct);
		}

		// when an operator launches ocrJob, stops it from its page, then restarts it
		JsonNode seen = browse("stop-restart");

		// then the run stopped part-way, and its restart finished every document
		assertThat(seen.get("stopFlash").asString()).contains("stop at its next chunk boundary");
		assertThat(seen.get("stopped").asString()).isEqualTo("STOPPED");
		assertThat(seen.at("/restart/status").asString()).isEqualTo("COMPLETED");
		assertThat(seen.at("/restart/from").asLong()).isNotEqualTo(seen.at("/restart/id").asLong());
		assertThat(seen.at("/restart/documents").asString()).startsWith(receipts + " / " + receipts + " done");
		assertThat(seen.get("errors").size()).as(seen.get("errors").toString()).isZero();
		assertThat(SHOTS.resolve("run-restarted.png")).isNotEmptyFile();
	}

	private JsonNode browse(String scenario, String... ids) throws Exception {
		List<String> command = new ArrayList<>(List.of("node", "console.mjs", scenario, "http://127.0.0.1:" + port,
				"admin", "test-token", SHOTS.toString()));
		command.addAll(List.of(ids));
		Path errors = Files.createTempFile("console-e2e-", ".err");
		Process browser = new ProcessBuilder(command).directory(SCRIPTS.toFile()).redirectError(errors.toFile()).start();
		String output = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(browser.waitFor(9, TimeUnit.MINUTES)).isTrue();
		System.out.printf("%nConsole in the browser (%s): %s%n", scenario, output);
		assertThat(browser.exitValue()).as(output + Files.readString(errors)).isZero();
		return JSON.readTree(output.lines().reduce((first, last) -> last).orElseThrow());
	}

}
