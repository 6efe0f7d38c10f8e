package io.invoiceocr.ocr.decode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.invoiceocr.ocr.decode.DocumentDecodeException.Reason;

/**
 * Opens a PDF file with PDFBox, reading on demand and caching decoded streams in temporary files,
 * and says in words a sender can act on why a file cannot be opened.
 */
final class PdfLoading {

	private static final Logger log = LoggerFactory.getLogger(PdfLoading.class);

	private PdfLoading() {
	}

	static PDDocument load(Path file) throws DocumentDecodeException {
		RandomAccessReadBufferedFile source;
		try {
			source = new RandomAccessReadBufferedFile(file.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open " + file, ex);
		}
		try {
			// The empty user password opens PDFs that only have an owner password (printing or copying
			// restrictions), which are perfectly readable; anything else needs a password we do not have.
			return Loader.loadPDF(source, "", null, null, IOUtils.createTempFileOnlyStreamCache());
		}
		catch (InvalidPasswordException ex) {
			closeQuietly(source);
			throw new DocumentDecodeException(Reason.ENCRYPTED,
					"the PDF is password-protected: it cannot be opened without the password its sender set; ask the "
							+ "sender for a copy without a password", ex);
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(source);
			throw new DocumentDecodeException(Reason.CORRUPT,
					"the PDF is damaged or cut short and could not be read (" + describe(ex) + "); ask its sender for a "
							+ "new copy or save it anew from the program that made it", ex);
		}
	}

	static String describe(Exception ex) {
		String message = ex.getMessage();
		return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
	}

	static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// Nothing was written, so nothing is lost; the temporary stream cache is deleted on close.
			log.debug("Closing a PDF failed", ex);
		}
	}

}
