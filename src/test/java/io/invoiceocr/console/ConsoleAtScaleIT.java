package io.invoiceocr.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.TestData;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The overview and the document list with 100,000 documents in the database: what each page shows,
 * and how long its request takes (the median of {@link #RUNS}, after one to warm up), printed. No
 * assertion on time: the figures are for a person to read (docs/console.md).
 */
@IntegrationTest
class ConsoleAtScaleIT {

	static final int DOCUMENTS = 100_000;

	static final int RUNS = 7;

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void fill() {
		data.reset();
		long started = System.nanoTime();
		HundredThousandDocuments.insert(jdbc, DOCUMENTS);
		System.out.printf("%nInserted %,d documents with their audit rows in %d ms%n", DOCUMENTS,
				(System.nanoTime() - started) / 1_000_000);
	}

	@AfterEach
	void empty() {
		data.reset();
	}

	@Test
	void theOverviewAndTheDocumentListAnswerWithTheirCountsAtOneHundredThousandDocuments() throws Exception {
		ConsoleClient console = new ConsoleClient(port);
		console.logIn("admin", "test-token");
		String deepCursor = jdbc.queryForObject("SELECT to_char(created_at AT TIME ZONE 'UTC', "
				+ "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') || '|' || id FROM ocr_document ORDER BY created_at DESC, id DESC "
				+ "OFFSET 50000 LIMIT 1", String.class);
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("overview", "/console");
		pages.put("overview.json (polled)", "/console/overview.json");
		pages.put("documents, first page", "/console/documents");
		pages.put("documents, page at row 50,000", "/console/documents?after=" + encode(deepCursor));
		pages.put("documents, FAILED", "/console/documents?status=FAILED");
		pages.put("documents, error contains", "/console/documents?status=FAILED&error=" + encode("cut short"));
		pages.put("documents, key prefix", "/console/documents?prefix=" + encode("raw-invoices/042/"));
		pages.put("documents, one day", "/console/documents?from=" + day(2) + "&to=" + day(2));

		Map<String, String> bodies = new LinkedHashMap<>();
		System.out.printf("%nConsole with %,d documents: median of %d requests%n", DOCUMENTS, RUNS);
		for (Map.Entry<String, String> page : pages.entrySet()) {
			List<Long> millis = new ArrayList<>();
			HttpResponse<String> response = console.get(page.getValue());
			for (int i = 0; i < RUNS; i++) {
				long started = System.nanoTime();
				response = console.get(page.getValue());
				millis.add((System.nanoTime() - started) / 1_000_000);
			}
			assertThat(response.statusCode()).as(page.getKey()).isEqualTo(200);
			bodies.put(page.getKey(), response.body());
			Collections.sort(millis);
			System.out.printf("  %-32s %5d ms  (min %d, max %d)%n", page.getKey(), millis.get(RUNS / 2), millis.get(0),
					millis.get(RUNS - 1));
		}

		// then each page shows what the database holds
		assertThat(bodies.get("overview")).contains("data-count=\"COMPLETED\">88000<", "data-count=\"FAILED\">10000<",
				"data-count=\"PENDING\">1000<", "data-count=\"PROCESSING\">1000<");
		assertThat(bodies.get("overview.json (polled)")).contains("\"COMPLETED\":88000");
		assertThat(bodies.get("documents, first page")).contains("more than 10000", "data-id=\"doc-1\"");
		assertThat(bodies.get("documents, page at row 50,000")).contains("data-id=\"doc-50002\"")
			.doesNotContain("data-id=\"doc-50001\"");
		assertThat(bodies.get("documents, FAILED")).contains("<span id=\"match-count\">10000</span>", "data-id=\"doc-3\"")
			.doesNotContain("status-COMPLETED\">");
		assertThat(bodies.get("documents, error contains")).contains("<span id=\"match-count\">2000</span>");
		assertThat(bodies.get("documents, key prefix")).contains("<span id=\"match-count\">1000</span>", "data-id=\"doc-42000\"");
		assertThat(bodies.get("documents, one day")).contains("<span id=\"match-count\">more than 10000</span>");
	}

	private String day(int daysAgo) {
		return java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(daysAgo).toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
