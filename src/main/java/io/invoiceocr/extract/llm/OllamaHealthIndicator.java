package io.invoiceocr.extract.llm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.invoiceocr.extract.ExtractProperties;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * {@code ollama}: the language model's server answers {@code /api/tags} and serves the configured
 * model. When it does not, the service still works if the rules take over
 * ({@code fallback-to-rules}): then it is {@link #DEGRADED} (answers 200, so that the service stays
 * ready), otherwise DOWN.
 */
public class OllamaHealthIndicator implements HealthIndicator {

	/** Working, with less than it should: the rules stand in for the language model. */
	public static final Status DEGRADED = new Status("DEGRADED", "the rules stand in for the language model");

	private static final Duration TIMEOUT = Duration.ofSeconds(3);

	private final LlmProperties llm;

	private final boolean fallbackToRules;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	public OllamaHealthIndicator(LlmProperties llm, ExtractProperties extract) {
		this.llm = llm;
		this.fallbackToRules = extract.fallbackToRules();
	}

	@Override
	public Health health() {
		String problem = problem();
		if (problem == null) {
			return Health.up().withDetail("url", llm.baseUrl()).withDetail("model", llm.model()).build();
		}
		return Health.status(fallbackToRules ? DEGRADED : Status.DOWN)
			.withDetail("url", llm.baseUrl())
			.withDetail("model", llm.model())
			.withDetail("error", problem)
			.build();
	}

	/** What is wrong, or null. */
	private String problem() {
		try {
			HttpResponse<String> tags = http.send(HttpRequest.newBuilder(URI.create(llm.baseUrl() + "/api/tags"))
				.timeout(TIMEOUT)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			if (tags.statusCode() != 200) {
				return "GET /api/tags answered HTTP " + tags.statusCode();
			}
			// the listing names models as "name":"qwen2.5:7b-instruct" (a bare name means ":latest")
			String model = llm.model().contains(":") ? llm.model() : llm.model() + ":latest";
			return tags.body().contains("\"" + model + "\"") ? null
					: "the model " + llm.model() + " is not pulled (ollama pull " + llm.model() + ")";
		}
		catch (IOException ex) {
			return "cannot reach " + llm.baseUrl() + ": " + ex;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

}
