package io.invoiceocr.extract.einvoice;

/**
 * A PDF carries a machine-readable invoice that cannot be used: the XML is too large, not
 * well-formed, refused for safety, not an invoice, or holds a value its syntax does not allow. The
 * message names the attachment and says what is wrong, for a person to read.
 * <p>
 * Checked, because the document is not broken as a whole: the caller decides whether to fall back
 * to reading the printed pages or to report the invoice as defective, and the compiler makes it
 * decide.
 */
public class EmbeddedInvoiceException extends Exception {

	public EmbeddedInvoiceException(String message) {
		super(message);
	}

	public EmbeddedInvoiceException(String message, Throwable cause) {
		super(message, cause);
	}

}
