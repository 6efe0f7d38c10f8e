package io.invoiceocr.extract.llm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The prompt and the Ollama Modelfile in models/, and the prompt's copy on the classpath. */
class ModelFilesTest {

	private static final Path PROMPT = Path.of("models", "invoice-extraction-prompt.txt");

	private static final Path MODELFILE = Path.of("models", "Modelfile");

	@Test
	void theModelfilesSystemMessageIsThePrompt() throws IOException {
		// given
		String modelfile = Files.readString(MODELFILE);

		// when
		int start = modelfile.indexOf("SYSTEM \"\"\"") + "SYSTEM \"\"\"".length();
		String system = modelfile.substring(start, modelfile.indexOf("\"\"\"", start));

		// then
		assertThat(system.strip()).isEqualTo(Files.readString(PROMPT).strip());
	}

	@Test
	void theModelfileIsDeterministicQwenWithALargeWindow() throws IOException {
		assertThat(Files.readAllLines(MODELFILE)).contains("FROM qwen2.5:7b-instruct", "PARAMETER temperature 0",
				"PARAMETER num_ctx 16384");
	}

	@Test
	void theBuildPutsThePromptOnTheClasspath() throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(InvoicePrompt.PROMPT_RESOURCE)) {
			assertThat(in).isNotNull();
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(PROMPT));
		}
	}

}
