package io.invoiceocr.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.TestData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console's guard, over real HTTP against the running service: no page, JSON or action without
 * the login; the session cookie HttpOnly and SameSite; every action refused without its CSRF token;
 * markup in a file name, an error or an OCR text shown as text, never run.
 */
@IntegrationTest
class ConsoleSecurityIT {

	private static final List<String> PAGES = List.of("/console", "/console/overview.json", "/console/runs",
			"/console/runs/1", "/console/documents", "/console/documents/doc-1", "/console/documents/doc-1/pages/1.png",
			"/console/webhooks/dead");

	private static final List<String> ACTIONS = List.of("/console/runs/launch", "/console/runs/1/stop",
			"/console/runs/1/restart", "/console/documents/rerun", "/console/webhooks/dead/requeue");

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void reset() {
		data.reset();
	}

	@Test
	void noPageNorActionWithoutTheLogin() throws Exception {
		ConsoleClient anonymous = new ConsoleClient(port);
		for (String page : PAGES) {
			HttpResponse<String> response = anonymous.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(ConsoleClient.location(response)).as(page).endsWith("/console/login");
		}
		anonymous.get("/console/login");
		for (String action : ACTIONS) {
			HttpResponse<String> response = anonymous.post(action, Map.of("jobName", "ocrJob"));
			assertThat(response.statusCode()).as(action).isEqualTo(302);
			assertThat(ConsoleClient.location(response)).as(action).endsWith("/console/login");
		}
		assertThat(data.count("batch_job_execution")).isZero();
	}

	@Test
	void aWrongPasswordIsRefusedAndTheRightOneOpensASessionCookieScriptsCannotRead() throws Exception {
		ConsoleClient console = new ConsoleClient(port);
		HttpResponse<String> wrong = console.logIn("admin", "not-the-token");
		assertThat(ConsoleClient.location(wrong)).endsWith("/console/login?error");
		assertThat(console.get("/console").statusCode()).isEqualTo(302);

		HttpResponse<String> right = console.logIn("admin", "test-token");

		assertThat(ConsoleClient.location(right)).endsWith("/console");
		assertThat(right.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Strict"));
		HttpResponse<String> overview = console.get("/console");
		assertThat(overview.statusCode()).isEqualTo(200);
		assertThat(overview.body()).contains("Documents per minute");
		assertThat(overview.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				policy -> assertThat(policy).contains("script-src 'self'"));
	}

	@Test
	void anActionWithoutItsCsrfTokenIsRefusedEvenLoggedIn() throws Exception {
		ConsoleClient console = new ConsoleClient(port);
		console.logIn("admin", "test-token");
		console.get("/console/runs");

		HttpResponse<String> forged = console.postWithout("/console/runs/launch", Map.of("jobName", "cleanupJob"));
		HttpResponse<String> wrongToken = console.postWithout("/console/runs/launch",
				Map.of("jobName", "cleanupJob", "_csrf", "forged"));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(wrongToken.statusCode()).isEqualTo(403);
		assertThat(data.count("batch_job_execution")).isZero();
		// and with the page's token the same action goes through
		HttpResponse<String> launched = console.post("/console/runs/launch", Map.of("jobName", "cleanupJob"));
		assertThat(ConsoleClient.location(launched)).matches(".*/console/runs/\\d+");
		awaitEnd(Long.parseLong(ConsoleClient.location(launched).replaceAll(".*/", "")));
	}

	/** Waits for a run launched in the background to end, so that the next test's reset finds no run going on. */
	private void awaitEnd(long executionId) {
		long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			String status = jdbc.queryForObject("SELECT status FROM batch_job_execution WHERE job_execution_id = ?",
					String.class, executionId);
			if (List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status)) {
				return;
			}
			TestData.sleep(java.time.Duration.ofMillis(100));
		}
		throw new AssertionError("run " + executionId + " did not end");
	}

	@Test
	void markupInAFileNameAnErrorOrTheTextIsShownAsText() throws Exception {
		// given a document whose key, error and OCR text hold markup
		String key = "raw-invoices/<script>alert('key')</script>.pdf";
		jdbc.update("INSERT INTO ocr_document (id, bucket, object_key, source, ocr_status, ocr_text) "
				+ "VALUES ('doc-xss', 'invoices', ?, 'HTTP', 'PENDING', ?)", key, "Total <img src=x onerror=alert(1)>");
		jdbc.update("UPDATE ocr_document SET ocr_status = 'PROCESSING' WHERE id = 'doc-xss'");
		jdbc.update("UPDATE ocr_document SET ocr_status = 'FAILED', error = ? WHERE id = 'doc-xss'",
				"<b onmouseover=alert(2)>bad</b>");
		ConsoleClient console = new ConsoleClient(port);
		console.logIn("admin", "test-token");

		// when the list and the document are shown
		String list = console.get("/console/documents?status=FAILED").body();
		String document = console.get("/console/documents/doc-xss").body();

		// then the markup is escaped wherever it appears
		for (String page : List.of(list, document)) {
			assertThat(page).doesNotContain("<script>alert").doesNotContain("<b onmouseover");
			assertThat(page).contains("&lt;script&gt;alert(&#39;key&#39;)&lt;/script&gt;")
				.contains("&lt;b onmouseover=alert(2)&gt;bad&lt;/b&gt;");
		}
		assertThat(document).doesNotContain("<img src=x").contains("Total &lt;img src=x onerror=alert(1)&gt;");
	}

	@Test
	void theApiKeepsItsOwnTokenCheck() throws Exception {
		ConsoleClient console = new ConsoleClient(port);
		console.logIn("admin", "test-token");

		// a console session is no API credential
		HttpResponse<String> status = console.get("/api/status");

		assertThat(status.statusCode()).isEqualTo(401);
		assertThat(status.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"invoice-ocr\"");
	}

}
