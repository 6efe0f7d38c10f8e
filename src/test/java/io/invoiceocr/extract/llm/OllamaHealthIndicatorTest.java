package io.invoiceocr.extract.llm;

import io.invoiceocr.extract.ExtractProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** The language model's health against Ollama's protocol on loopback: up, model missing, unreachable. */
class OllamaHealthIndicatorTest {

	@Test
	void upWhenTheServerServesTheModel() {
		try (OllamaStub ollama = OllamaStub.start()) {
			Health health = indicator(ollama.baseUrl(), true).health();

			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("model", "qwen2.5:7b-instruct");
		}
	}

	@Test
	void degradedWhenTheRulesStandInAndDownWhenNothingDoes() {
		try (OllamaStub ollama = OllamaStub.start().models("llama3:8b")) {
			Health missingModel = indicator(ollama.baseUrl(), true).health();

			assertThat(missingModel.getStatus()).isEqualTo(OllamaHealthIndicator.DEGRADED);
			assertThat(missingModel.getDetails().get("error").toString()).contains("ollama pull qwen2.5:7b-instruct");
		}
		Health unreachable = indicator("http://127.0.0.1:9", false).health();

		assertThat(unreachable.getStatus()).isEqualTo(Status.DOWN);
		assertThat(unreachable.getDetails().get("error").toString()).contains("cannot reach http://127.0.0.1:9");
	}

	private static OllamaHealthIndicator indicator(String baseUrl, boolean fallbackToRules) {
		return new OllamaHealthIndicator(LlmProperties.defaults().withBaseUrl(baseUrl),
				new ExtractProperties(true, fallbackToRules, true));
	}

}
