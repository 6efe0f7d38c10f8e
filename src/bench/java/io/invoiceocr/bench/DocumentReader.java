package io.invoiceocr.bench;

import java.nio.file.Path;

/** One engine under evaluation, behind the smallest surface the harness needs. */
interface DocumentReader extends AutoCloseable {

	/** The engine's name in the table and its output folder's name. */
	String name();

	Reading read(Path document) throws Exception;

	@Override
	default void close() throws Exception {
	}

}
