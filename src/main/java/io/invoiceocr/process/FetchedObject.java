package io.invoiceocr.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An object's bytes in a temporary file while the document is read; closing deletes the file.
 *
 * @param file        the temporary file
 * @param sizeBytes   its size
 * @param sha256      SHA-256 of the content, hex
 * @param contentType the type S3 has for it, or null
 */
public record FetchedObject(Path file, long sizeBytes, String sha256, String contentType) implements AutoCloseable {

	@Override
	public void close() {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not delete " + file, ex);
		}
	}

}
