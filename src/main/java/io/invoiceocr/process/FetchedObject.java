package io.invoiceocr.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.LoggerFactory;

/**
 * An object's bytes in a temporary file while the document is read; closing deletes the file.
 *
 * @param file        the temporary file
 * @param sizeBytes   its size
 * @param sha256      SHA-256 of the content, hex
 * @param contentType the type S3 has for it, or null
 */
public record FetchedObject(Path file, long sizeBytes, String sha256, String contentType) implements AutoCloseable {

	/** Deletes the file; a file that cannot be deleted is logged, the document's result stands. */
	@Override
	public void close() {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			LoggerFactory.getLogger(FetchedObject.class).warn("Could not delete the temporary file {}", file, ex);
		}
	}

}
