package io.invoiceocr.ocr.decode;

import java.util.Objects;

/** The checks every decoded document makes before decoding a page. */
final class PageRequests {

	private PageRequests() {
	}

	/** A page number from 1 to {@code pageCount}, of a document that is still open. */
	static void check(int number, int pageCount, boolean closed) {
		Objects.checkIndex(number - 1, pageCount);
		if (closed) {
			throw new IllegalStateException("the document is closed");
		}
	}

}
