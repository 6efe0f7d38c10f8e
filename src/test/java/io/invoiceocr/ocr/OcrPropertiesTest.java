package io.invoiceocr.ocr;

import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** How the OCR settings size the engine when they are left at 0, on a CPU and on a GPU. */
class OcrPropertiesTest {

	private static final int CORES = Runtime.getRuntime().availableProcessors();

	@Test
	void onTheCpuEveryCoreGetsASingleThreadPredictor() {
		OcrProperties settings = bind(Map.of());

		assertThat(settings.device()).isEqualTo("cpu");
		assertThat(settings.concurrency()).isEqualTo(CORES);
		assertThat(settings.intraOpThreads()).isEqualTo(1);
	}

	@Test
	void onAGpuOnePredictorPerModelIsFedWithAllTheCoresForItsCpuWork() {
		OcrProperties settings = bind(Map.of("invoice-ocr.ocr.device", "gpu"));

		assertThat(settings.concurrency()).isEqualTo(1);
		assertThat(settings.intraOpThreads()).isEqualTo(CORES);
	}

	@Test
	void explicitSettingsWinOverTheDevicesDefaults() {
		OcrProperties settings = bind(Map.of("invoice-ocr.ocr.device", "gpu", "invoice-ocr.ocr.concurrency", "2",
				"invoice-ocr.ocr.intra-op-threads", "3"));

		assertThat(settings.concurrency()).isEqualTo(2);
		assertThat(settings.intraOpThreads()).isEqualTo(3);
	}

	@Test
	void anUnknownDeviceIsRefusedWithTheChoices() {
		OcrProperties settings = bind(Map.of("invoice-ocr.ocr.device", "tpu"));

		try (var factory = Validation.buildDefaultValidatorFactory()) {
			Validator validator = factory.getValidator();
			assertThat(validator.validate(settings)).singleElement().satisfies(violation -> {
				assertThat(violation.getPropertyPath().toString()).isEqualTo("device");
				assertThat(violation.getMessage()).contains("cpu|gpu");
			});
		}
	}

	private static OcrProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("invoice-ocr.ocr", OcrProperties.class);
	}

}
