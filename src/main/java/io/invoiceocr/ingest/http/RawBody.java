package io.invoiceocr.ingest.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request body as the bytes that were sent, read up to a limit.
 *
 * <p>Read from the servlet's input stream, never through Spring's message converters: for a
 * {@code application/x-www-form-urlencoded} POST (what {@code curl -d} declares) those rebuild the
 * body from the parsed form parameters, which turns a JSON document into something else. Decoded
 * as UTF-8 whatever the declared charset, since JSON exchanged between systems is UTF-8 (RFC 8259)
 * and SNS sends it so.
 *
 * @param bytes    the body, at most {@code limit + 1} bytes of it
 * @param tooLarge whether it has more than {@code limit} bytes (then {@code bytes} is not all of it)
 */
record RawBody(byte[] bytes, boolean tooLarge) {

	static RawBody read(HttpServletRequest request, int limit) throws IOException {
		if (request.getContentLengthLong() > limit) {
			// refused before reading: a declared size is enough to know
			return new RawBody(new byte[0], true);
		}
		try (InputStream in = request.getInputStream()) {
			byte[] bytes = in.readNBytes(limit + 1);
			return new RawBody(bytes, bytes.length > limit);
		}
	}

	String text() {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
