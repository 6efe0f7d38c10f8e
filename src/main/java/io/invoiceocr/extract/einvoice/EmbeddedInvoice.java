package io.invoiceocr.extract.einvoice;

import java.util.Objects;

import io.invoiceocr.extract.Invoice;

/**
 * The machine-readable invoice found inside a PDF (ZUGFeRD, Factur-X, XRechnung), read into the
 * invoice model. Its fields come from the XML: confidence 1.0, source
 * {@link io.invoiceocr.extract.FieldSource#EMBEDDED_XML}, text the raw XML value, no evidence yet.
 *
 * @param invoice        the invoice data
 * @param attachmentName the file name the XML is attached under, e.g. {@code factur-x.xml}
 * @param syntax         the XML syntax: {@link #CII}, {@link #ZUGFERD_1} or {@link #UBL}
 * @param guideline      the specification the invoice declares it follows (CII
 *                       {@code GuidelineSpecifiedDocumentContextParameter}, UBL
 *                       {@code CustomizationID}), e.g.
 *                       {@code urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic}; null
 *                       when it declares none
 */
public record EmbeddedInvoice(Invoice invoice, String attachmentName, String syntax, String guideline) {

	/** UN/CEFACT Cross Industry Invoice D16B: ZUGFeRD 2.x, Factur-X, XRechnung in CII. */
	public static final String CII = "CII";

	/** The Cross Industry Document of ZUGFeRD 1.0. */
	public static final String ZUGFERD_1 = "ZUGFeRD 1.0";

	/** OASIS UBL 2.1 Invoice or CreditNote: XRechnung in UBL, Peppol BIS. */
	public static final String UBL = "UBL";

	public EmbeddedInvoice {
		Objects.requireNonNull(invoice, "invoice");
		Objects.requireNonNull(attachmentName, "attachmentName");
		Objects.requireNonNull(syntax, "syntax");
	}

}
