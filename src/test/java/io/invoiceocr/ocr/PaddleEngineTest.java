package io.invoiceocr.ocr;

import java.nio.file.Files;
import java.nio.file.Path;

import ai.djl.engine.Engine;
import io.invoiceocr.ocr.ppocr.OcrModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The PaddlePaddle engine: it starts offline from the bundled natives. No Paddle-format weights
 * can be obtained here, so model loading is tested by its errors: they name the files expected.
 */
class PaddleEngineTest {

	@Test
	void theEngineStartsOfflineFromTheBundledNatives() {
		System.setProperty("ai.djl.offline", "true");

		Engine paddle = Engine.getEngine("PaddlePaddle");

		assertThat(paddle.getEngineName()).isEqualTo("PaddlePaddle");
		assertThat(paddle.getVersion()).startsWith("2.3");
	}

	@Test
	void withoutAModelFolderTheErrorSaysWhatToSet() {
		assertThatThrownBy(() -> OcrEngines.create("PaddlePaddle")).isInstanceOf(OcrModelException.class)
			.hasMessageContaining("invoice-ocr.ocr.model-dir")
			.hasMessageContaining("inference.pdmodel");
	}

	@Test
	void anIncompleteModelFolderIsNamedWithTheMissingFiles(@TempDir Path folder) throws Exception {
		// given the detector only, as someone would after unpacking one of PaddleOCR's three tarballs
		Files.createDirectories(folder.resolve("det"));
		Files.writeString(folder.resolve("det/inference.pdmodel"), "x");
		Files.writeString(folder.resolve("det/inference.pdiparams"), "x");
		OcrProperties defaults = OcrProperties.defaults("PaddlePaddle");
		OcrProperties settings = new OcrProperties("PaddlePaddle", folder.toString(), defaults.detLimitSide(),
				defaults.smallTextLimitSide(),				defaults.detThreshold(), defaults.boxThreshold(), defaults.unclipRatio(), defaults.useAngleClassifier(),
				defaults.clsThreshold(), defaults.detectPageRotation(), defaults.dropScore(), defaults.alphabet(),
				defaults.spaceThreshold(), defaults.recBatchSize(),
				defaults.intraOpThreads(), defaults.concurrency(), defaults.device(), defaults.decode());

		assertThatThrownBy(() -> OcrEngines.create(settings)).isInstanceOf(OcrModelException.class)
			.hasMessageContaining(folder.toString())
			.hasMessageContaining("missing [cls/inference.pdmodel, cls/inference.pdiparams, rec/inference.pdmodel, "
					+ "rec/inference.pdiparams]");
	}

	@Test
	void anUnknownEngineIsRefusedByName() {
		assertThatThrownBy(() -> OcrEngines.create("TensorFlow")).hasMessageContaining("unknown OCR engine 'TensorFlow'");
	}

}
