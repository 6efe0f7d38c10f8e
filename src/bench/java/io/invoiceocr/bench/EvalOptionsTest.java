package io.invoiceocr.bench;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The command line. */
class EvalOptionsTest {

	@Test
	void defaultsToOnnxRuntimeWithBothPeersAndNoLimit() {
		// when
		EvalOptions options = EvalOptions.parse("data", "out");

		// then
		assertThat(options.dataset()).isEqualTo(Path.of("data"));
		assertThat(options.out()).isEqualTo(Path.of("out"));
		assertThat(options.engine()).isEqualTo("OnnxRuntime");
		assertThat(options.peers()).containsExactly("rapidocr", "tesseract");
		assertThat(options.limit()).isZero();
		assertThat(options.warmUp()).isNull();
	}

	@Test
	void takesOptionsWithASpaceOrAnEqualsSign() {
		// when
		EvalOptions options = EvalOptions.parse("--engine", "PaddlePaddle", "data", "--peers=tesseract", "out",
				"--limit", "3");

		// then
		assertThat(options.engine()).isEqualTo("PaddlePaddle");
		assertThat(options.peers()).containsExactly("tesseract");
		assertThat(options.limit()).isEqualTo(3);
	}

	@Test
	void theWarmUpIsANumberOfDocuments() {
		assertThat(EvalOptions.parse("data", "out", "--warm-up", "0").warmUp()).isZero();
		assertThat(EvalOptions.parse("data", "out", "--warm-up=250").warmUp()).isEqualTo(250);
		assertThatIllegalArgumentException().isThrownBy(() -> EvalOptions.parse("d", "o", "--warm-up", "-1"))
			.withMessageContaining("--warm-up");
		assertThatIllegalArgumentException().isThrownBy(() -> EvalOptions.parse("d", "o", "--warm-up", "some"));
	}

	@Test
	void noneMeansNoPeers() {
		assertThat(EvalOptions.parse("data", "out", "--peers", "none").peers()).isEmpty();
	}

	@Test
	void rejectsUnknownEnginesPeersAndLimits() {
		assertThatIllegalArgumentException().isThrownBy(() -> EvalOptions.parse("d", "o", "--engine", "TensorFlow"));
		assertThatIllegalArgumentException().isThrownBy(() -> EvalOptions.parse("d", "o", "--peers", "easyocr"));
		assertThatIllegalArgumentException().isThrownBy(() -> EvalOptions.parse("d", "o", "--limit", "0"));
		assertThatIllegalArgumentException().isThrownBy(() -> EvalOptions.parse("d", "o", "--limit"));
		assertThatIllegalArgumentException().isThrownBy(() -> EvalOptions.parse("d"))
			.withMessageContaining("usage: bench/ocr-eval");
	}

}
