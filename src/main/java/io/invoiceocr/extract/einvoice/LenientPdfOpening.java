package io.invoiceocr.extract.einvoice;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a PDF only to look for attachments: one that cannot be opened counts as having none, since
 * telling a user that a PDF is broken is the OCR stage's job.
 */
final class LenientPdfOpening {

	private static final Logger log = LoggerFactory.getLogger(LenientPdfOpening.class);

	private LenientPdfOpening() {
	}

	/** @return the document, or {@code null} when it cannot be opened */
	static PDDocument open(Path pdf) {
		try {
			// The empty user password opens PDFs that only restrict printing or copying; the stream
			// cache keeps decoded streams in temporary files rather than on the heap.
			return Loader.loadPDF(pdf.toFile(), "", IOUtils.createTempFileOnlyStreamCache());
		}
		catch (IOException | RuntimeException ex) {
			log.debug("{} could not be opened as a PDF; it is taken to have no embedded invoice", pdf, ex);
			return null;
		}
	}

	static void closeQuietly(PDDocument document) {
		try {
			document.close();
		}
		catch (IOException ex) {
			// Only read from, so nothing is lost; the temporary stream cache is deleted on close.
			log.debug("Closing a PDF failed", ex);
		}
	}

}
