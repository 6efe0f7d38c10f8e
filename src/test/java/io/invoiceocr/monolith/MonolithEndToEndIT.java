package io.invoiceocr.monolith;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.invoiceocr.local.EmbeddedS3;
import io.invoiceocr.support.NextJsApp;
import io.invoiceocr.support.S3EventBridge;
import io.invoiceocr.support.ServiceProcess;
import io.invoiceocr.support.StandaloneStack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole way, as a user sees it: the reference Next.js application and this service, each on
 * its own PostgreSQL, S3 and SQS stand-ins between them, and headless Chromium at the upload page.
 * A born-digital invoice and a scanned receipt go from "Processing..." to "Complete" with their
 * totals, a corrupt file to "Failed" with the service's reason; the final page is kept as
 * {@code target/e2e/documents.png}.
 */
class MonolithEndToEndIT {

	private static final String SECRET = "whsec_monolith";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path logs;

	private static StandaloneStack stack;

	private static NextJsApp app;

	private static ServiceProcess service;

	private static S3EventBridge bridge;

	@BeforeAll
	static void startEverything() throws Exception {
		stack = StandaloneStack.start();
		app = NextJsApp.start(Map.of("WEBHOOK_SECRET", SECRET, "S3_BUCKET", "invoices", "S3_ENDPOINT",
				stack.s3Endpoint().toString(), "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", EmbeddedS3.ACCESS_KEY,
				"AWS_SECRET_ACCESS_KEY", EmbeddedS3.SECRET_KEY), logs);
		// the service as deployed beside the app: service mode, started by messages on its queue
		service = ServiceProcess.start(stack, logs.resolve("service.log"), List.of("--server.port=0",
				"--invoice-ocr.api.token=e2e-token", "--invoice-ocr.launch.on-queue-messages=true",
				"--invoice-ocr.launch.queue-poll=1s", "--invoice-ocr.ingest.receive-wait=1s",
				"--invoice-ocr.webhook.deliver-every=2s", "--invoice-ocr.webhook.url=" + app.url("/api/webhooks/ocr-result"),
				"--invoice-ocr.webhook.secret=" + SECRET));
		bridge = S3EventBridge.start(stack, "invoices", "raw-invoices/", Duration.ofMillis(300));
	}

	@AfterAll
	static void stopEverything() throws Exception {
		if (bridge != null) {
			bridge.close();
		}
		if (service != null) {
			service.process().destroy();
			service.process().waitFor(30, TimeUnit.SECONDS);
		}
		if (app != null) {
			app.close();
		}
		if (stack != null) {
			stack.close();
		}
	}

	@Test
	void uploadsInTheBrowserEndCompleteWithTheirTotalsOrFailedWithTheReason() throws Exception {
		// given a born-digital invoice, a scanned receipt and a PDF cut short
		Path samples = Path.of("samples").toAbsolutePath();
		Path acme = samples.resolve("acme-invoice-2024-0117.pdf");
		Path receipt = samples.resolve("receipt-kedai-runcit.jpg");
		byte[] whole = Files.readAllBytes(samples.resolve("rechnung-muller-gmbh-RE-88231.pdf"));
		Path corrupt = Files.write(logs.resolve("corrupt.pdf"), Arrays.copyOf(whole, whole.length / 3));
		Path screenshot = Path.of("target", "e2e", "documents.png").toAbsolutePath();
		Files.createDirectories(screenshot.getParent());

		// when a user uploads them on the app's page and watches the documents page
		long started = System.nanoTime();
		List<String> command = new ArrayList<>(List.of("node", "e2e/upload-and-watch.mjs", app.url("").toString(),
				screenshot.toString()));
		command.addAll(List.of(acme.toString(), receipt.toString(), corrupt.toString()));
		Process browser = new ProcessBuilder(command).directory(NextJsApp.FOLDER.toFile())
			.redirectError(logs.resolve("browser.err").toFile())
			.start();
		String output = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(browser.waitFor(6, TimeUnit.MINUTES)).isTrue();
		long seconds = (System.nanoTime() - started) / 1_000_000_000;
		System.out.printf("%nBrowser test: %d s from the first upload to the last result; screenshot %s%n%s%n", seconds,
				screenshot, output);

		// then each upload was shown as processing, then ended as its content says
		assertThat(browser.exitValue()).as(output + Files.readString(logs.resolve("browser.err")) + "\n"
				+ service.logTail() + "\n" + app.logTail()).isZero();
		JsonNode rows = JSON.readTree(output.lines().reduce((first, last) -> last).orElseThrow());
		assertThat(row(rows, "acme-invoice-2024-0117.pdf").get("status").asString()).isEqualTo("COMPLETED");
		assertThat(row(rows, "acme-invoice-2024-0117.pdf").get("text").asString()).contains("Complete", "1424.16");
		assertThat(row(rows, "receipt-kedai-runcit.jpg").get("status").asString()).isEqualTo("COMPLETED");
		assertThat(row(rows, "receipt-kedai-runcit.jpg").get("text").asString()).contains("Complete", "23.90");
		assertThat(row(rows, "corrupt.pdf").get("status").asString()).isEqualTo("FAILED");
		assertThat(row(rows, "corrupt.pdf").get("text").asString()).contains("Failed", "damaged or cut short");
		for (JsonNode row : rows) {
			assertThat(row.get("sawProcessing").asBoolean()).as("%s showed Processing... at first", row.get("fileName"))
				.isTrue();
		}
		assertThat(screenshot).isNotEmptyFile();
	}

	private static JsonNode row(JsonNode rows, String fileName) {
		for (JsonNode row : rows) {
			if (fileName.equals(row.get("fileName").asString())) {
				return row;
			}
		}
		throw new AssertionError("no row for " + fileName + " in " + rows);
	}

}
