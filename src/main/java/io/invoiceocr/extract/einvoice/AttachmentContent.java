package io.invoiceocr.extract.einvoice;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads an attachment's content up to a size limit: an invoice XML larger than the limit is
 * refused, by its declared size before any of it is decoded and by what was read after.
 */
final class AttachmentContent {

	private final long maxAttachmentBytes;

	AttachmentContent(long maxAttachmentBytes) {
		this.maxAttachmentBytes = maxAttachmentBytes;
	}

	/** The whole content of the attachment that is the invoice. */
	byte[] whole(PdfAttachment attachment) throws EmbeddedInvoiceException {
		// Refuse what the PDF itself declares too large before decoding any of it.
		checkSize(attachment, attachment.declaredSize());
		byte[] content;
		try {
			content = readAtMostLimit(attachment);
		}
		catch (IOException | RuntimeException ex) {
			// PDFBox reports a damaged stream with runtime exceptions as well.
			throw new EmbeddedInvoiceException(
					"the embedded " + attachment.name() + " could not be read from the PDF: " + describe(ex), ex);
		}
		checkSize(attachment, content.length);
		return content;
	}

	/** At most one byte over the limit: enough to tell that the content exceeds it. */
	byte[] readAtMostLimit(PdfAttachment attachment) throws IOException {
		try (InputStream in = attachment.open()) {
			return in.readNBytes((int) maxAttachmentBytes + 1);
		}
	}

	void checkSize(PdfAttachment attachment, long size) throws EmbeddedInvoiceException {
		if (size > maxAttachmentBytes) {
			throw new EmbeddedInvoiceException("the embedded " + attachment.name() + " is larger than the "
					+ describeSize(maxAttachmentBytes) + " an invoice XML may take; it was not read");
		}
	}

	private static String describeSize(long bytes) {
		long kilobyte = 1024;
		long megabyte = kilobyte * kilobyte;
		if (bytes >= megabyte) {
			return bytes % megabyte == 0 ? bytes / megabyte + " MB"
					: String.format(Locale.ROOT, "%.1f MB", bytes / (double) megabyte);
		}
		return bytes % kilobyte == 0 ? bytes / kilobyte + " KB" : bytes + " bytes";
	}

	private static String describe(Exception ex) {
		String message = ex.getMessage();
		return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
	}

}
