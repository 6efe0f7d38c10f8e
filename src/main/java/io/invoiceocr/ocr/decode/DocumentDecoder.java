package io.invoiceocr.ocr.decode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import io.invoiceocr.ocr.decode.DocumentDecodeException.Reason;

/**
 * Opens a document file for page-by-page decoding, after checking what it is from its content and
 * that it is within the limits. Stateless apart from the limits, so one instance serves every thread.
 */
public class DocumentDecoder {

	/** Enough to recognise every supported type, and to say what an unsupported file looks like. */
	private static final int HEAD_BYTES = 8192;

	private final DecodeLimits limits;

	public DocumentDecoder(DecodeLimits limits) {
		this.limits = Objects.requireNonNull(limits, "limits");
	}

	/**
	 * Opens a PDF or an image. The caller closes the result.
	 * @throws DocumentDecodeException when the file is empty, too large, of an unsupported type,
	 *         encrypted, corrupt or has too many pages
	 */
	public DecodedDocument open(Path file) throws DocumentDecodeException {
		// Size first: it costs nothing and needs none of the content.
		limits.checkBytes(size(file));
		byte[] head = head(file);
		DocumentType type = DocumentType.detect(head)
			.orElseThrow(() -> new DocumentDecodeException(Reason.UNSUPPORTED_TYPE, UnsupportedContent.message(head)));
		return switch (type) {
			case PDF -> PdfDecodedDocument.open(file, limits);
			case JPEG, PNG, TIFF, BMP, GIF -> ImageDecodedDocument.open(file, type, limits);
		};
	}

	// A file that cannot be read here is this machine's problem, not the document's: unchecked, so
	// the document is retried rather than failed.
	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the size of " + file, ex);
		}
	}

	private static byte[] head(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(HEAD_BYTES);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

}
