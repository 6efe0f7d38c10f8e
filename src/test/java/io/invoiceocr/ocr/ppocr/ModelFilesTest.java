package io.invoiceocr.ocr.ppocr;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache the bundled ONNX models are copied to, since the engines load from files. */
class ModelFilesTest {

	@TempDir
	Path tmp;

	private String tmpdir;

	@BeforeEach
	void useAPrivateTemporaryFolder() {
		tmpdir = System.getProperty("java.io.tmpdir");
		System.setProperty("java.io.tmpdir", tmp.toString());
	}

	@AfterEach
	void restoreTheTemporaryFolder() {
		System.setProperty("java.io.tmpdir", tmpdir);
	}

	@Test
	void aCachedModelThatIsNotTheBundledOneIsReplaced() throws Exception {
		// given a cache folder whose recogniser was swapped for other bytes and whose dictionary is cut short
		Path first = ModelFiles.bundledFolder();
		Files.writeString(first.resolve(ModelFiles.REC_ONNX), "not the bundled recogniser");
		Files.writeString(first.resolve(ModelFiles.DICTIONARY), "a\nb\n");

		// when
		Path folder = ModelFiles.bundledFolder();

		// then both are the bundled files again
		assertThat(folder).isEqualTo(first);
		assertThat(Files.readAllBytes(folder.resolve(ModelFiles.REC_ONNX))).isEqualTo(bundled(ModelFiles.REC_ONNX));
		assertThat(Files.readAllBytes(folder.resolve(ModelFiles.DICTIONARY))).isEqualTo(bundled(ModelFiles.DICTIONARY));
		assertThat(folder).startsWith(tmp);
	}

	private static byte[] bundled(String name) throws Exception {
		try (InputStream in = ModelFiles.class.getResourceAsStream("/models/" + name)) {
			return in.readAllBytes();
		}
	}

}
