package io.invoiceocr.extract.einvoice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the machine-readable invoice a PDF carries (ZUGFeRD 1.0 and 2.x, Factur-X, XRechnung) and
 * reads it into the invoice model. Such an invoice states every value exactly, so when a PDF has
 * one there is nothing to guess from the printed pages.
 * <p>
 * The invoice is the attachment the standards name ({@code factur-x.xml},
 * {@code zugferd-invoice.xml}, {@code xrechnung.xml}, in any letter case), else the first
 * {@code *.xml} attachment whose root element is a CII, ZUGFeRD 1.0 or UBL invoice. Attachments
 * are looked for in the document's embedded files name tree, its associated files ({@code /AF},
 * PDF/A-3) and its file attachment annotations. {@code order-x.xml} (an order, not an invoice) and
 * any other attachment are ignored.
 * <p>
 * A PDF that cannot be opened gives no invoice rather than an error: telling a user that a PDF is
 * broken is the OCR stage's job, and it reports it better. Thread-safe: it holds no state but its
 * limit.
 */
public final class EmbeddedInvoiceReader {

	/** Real invoice XMLs are tens of kilobytes; even one with thousands of lines stays far below. */
	public static final long DEFAULT_MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(EmbeddedInvoiceReader.class);

	/** The names the standards prescribe, in lower case, most common first. */
	private static final List<String> INVOICE_NAMES = List.of("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml");

	/** Order-X puts a purchase order in a PDF the way Factur-X puts an invoice. */
	private static final String ORDER_X = "order-x.xml";

	// The largest array a JVM allocates; the content is read into one.
	private static final long MAX_LIMIT = Integer.MAX_VALUE - 8;

	private final AttachmentContent contents;

	public EmbeddedInvoiceReader() {
		this(DEFAULT_MAX_ATTACHMENT_BYTES);
	}

	/**
	 * @param maxAttachmentBytes the largest invoice XML to read, decoded; a larger one is refused
	 */
	public EmbeddedInvoiceReader(long maxAttachmentBytes) {
		if (maxAttachmentBytes < 1 || maxAttachmentBytes > MAX_LIMIT) {
			throw new IllegalArgumentException(
					"the attachment size limit must be within 1.." + MAX_LIMIT + " bytes, not " + maxAttachmentBytes);
		}
		this.contents = new AttachmentContent(maxAttachmentBytes);
	}

	/**
	 * The invoice embedded in the PDF, or empty when it has none (or cannot be opened).
	 *
	 * @throws EmbeddedInvoiceException when the PDF has an invoice XML that cannot be used: over
	 *                                  the size limit, not well-formed, with a DOCTYPE, not an
	 *                                  invoice, or holding a value its syntax does not allow
	 */
	public Optional<EmbeddedInvoice> read(Path pdf) throws EmbeddedInvoiceException {
		PDDocument document = LenientPdfOpening.open(pdf);
		if (document == null) {
			return Optional.empty();
		}
		try {
			return read(PdfAttachmentFinder.find(document));
		}
		finally {
			LenientPdfOpening.closeQuietly(document);
		}
	}

	private Optional<EmbeddedInvoice> read(List<PdfAttachment> attachments) throws EmbeddedInvoiceException {
		for (String invoiceName : INVOICE_NAMES) {
			for (PdfAttachment attachment : attachments) {
				if (attachment.normalizedName().equals(invoiceName)) {
					return Optional.of(InvoiceXmlReader.read(attachment.name(), contents.whole(attachment)));
				}
			}
		}
		for (PdfAttachment attachment : attachments) {
			if (isOtherXml(attachment)) {
				Optional<EmbeddedInvoice> invoice = readIfInvoice(attachment);
				if (invoice.isPresent()) {
					return invoice;
				}
			}
		}
		return Optional.empty();
	}

	private static boolean isOtherXml(PdfAttachment attachment) {
		String name = attachment.normalizedName();
		return name.endsWith(".xml") && !name.equals(ORDER_X);
	}

	/**
	 * An attachment under another name is the invoice when its root element says so; until then, a
	 * problem with it (unreadable, not XML) only means it is not the invoice.
	 */
	private Optional<EmbeddedInvoice> readIfInvoice(PdfAttachment attachment) throws EmbeddedInvoiceException {
		byte[] content;
		try {
			content = contents.readAtMostLimit(attachment);
		}
		catch (IOException | RuntimeException ex) {
			log.debug("The attachment {} could not be read; it is not taken for the invoice", attachment.name(), ex);
			return Optional.empty();
		}
		// The root element comes first, so even a content cut at the limit tells what it is.
		if (InvoiceXmlReader.syntaxOf(content) == null) {
			log.debug("The attachment {} is not an invoice XML", attachment.name());
			return Optional.empty();
		}
		contents.checkSize(attachment, content.length);
		return Optional.of(InvoiceXmlReader.read(attachment.name(), content));
	}

}
