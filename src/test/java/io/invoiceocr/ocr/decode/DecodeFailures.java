package io.invoiceocr.ocr.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Captures the {@link DocumentDecodeException} a decoding step must throw, failing the test if it does not. */
final class DecodeFailures {

	private DecodeFailures() {
	}

	static DocumentDecodeException of(ThrowingCallable call) {
		Throwable thrown = catchThrowable(call);
		assertThat(thrown).isInstanceOf(DocumentDecodeException.class);
		return (DocumentDecodeException) thrown;
	}

	/** The failure of opening {@code file}. */
	static DocumentDecodeException opening(Path file, DecodeLimits limits) {
		return of(() -> new DocumentDecoder(limits).open(file).close());
	}

	/** The failure of decoding page {@code number} of a document that opens fine. */
	static DocumentDecodeException decodingPage(Path file, DecodeLimits limits, int number) throws Exception {
		try (DecodedDocument document = new DocumentDecoder(limits).open(file)) {
			return of(() -> document.page(number));
		}
	}

}
