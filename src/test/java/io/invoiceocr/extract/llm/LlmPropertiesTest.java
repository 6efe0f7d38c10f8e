package io.invoiceocr.extract.llm;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The language model's settings: their defaults, and settings that cannot work. */
class LlmPropertiesTest {

	@Test
	void bindsTheSameDefaultsAsDefaults() {
		// given
		Map<String, String> settings = Map.of("invoice-ocr.extract.llm.base-url", "http://localhost:11434");
		Binder binder = new Binder(new MapConfigurationPropertySource(settings));

		// when
		LlmProperties bound = binder.bind("invoice-ocr.extract.llm", LlmProperties.class).get();

		// then
		assertThat(bound).isEqualTo(LlmProperties.defaults().withBaseUrl("http://localhost:11434"));
		assertThat(bound.configured()).isTrue();
	}

	@Test
	void noAddressMeansNoLanguageModel() {
		assertThat(LlmProperties.defaults().configured()).isFalse();
		assertThat(LlmProperties.defaults().withBaseUrl("  ").configured()).isFalse();
	}

	@Test
	void refusesAnAnswerLimitThatLeavesTooLittleRoomForTheText() {
		assertThatThrownBy(() -> new LlmProperties("", "qwen2.5:7b-instruct", Duration.ofSeconds(120), 2, 8192, 6000,
				48000, 3.0))
			.hasMessageContaining("invoice-ocr.extract.llm.max-output-tokens (6000)")
			.hasMessageContaining("invoice-ocr.extract.llm.max-context-tokens (8192)");
	}

	@Test
	void refusesATimeoutThatIsNotPositive() {
		assertThatThrownBy(
				() -> new LlmProperties("", "qwen2.5:7b-instruct", Duration.ZERO, 2, 32768, 4096, 48000, 3.0))
			.hasMessageContaining("invoice-ocr.extract.llm.timeout");
	}

}
