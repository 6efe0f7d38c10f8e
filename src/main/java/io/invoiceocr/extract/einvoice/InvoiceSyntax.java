package io.invoiceocr.extract.einvoice;

import java.util.Optional;

import javax.xml.namespace.QName;

/** The invoice syntaxes PDFs embed, told apart by their root element, each with its mapper. */
enum InvoiceSyntax {

	CII(EmbeddedInvoice.CII, "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100", "CrossIndustryInvoice",
			new CiiInvoiceMapper(CiiDialect.D16B)),

	ZUGFERD_1(EmbeddedInvoice.ZUGFERD_1, "urn:ferd:CrossIndustryDocument:invoice:1p0", "CrossIndustryDocument",
			new CiiInvoiceMapper(CiiDialect.ZUGFERD_1)),

	UBL_INVOICE(EmbeddedInvoice.UBL, "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", "Invoice",
			new UblInvoiceMapper(UblInvoiceMapper.Kind.INVOICE)),

	UBL_CREDIT_NOTE(EmbeddedInvoice.UBL, "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", "CreditNote",
			new UblInvoiceMapper(UblInvoiceMapper.Kind.CREDIT_NOTE));

	private final String label;

	private final QName root;

	private final InvoiceMapper mapper;

	InvoiceSyntax(String label, String namespace, String rootName, InvoiceMapper mapper) {
		this.label = label;
		this.root = new QName(namespace, rootName);
		this.mapper = mapper;
	}

	/** The syntax whose root element this is, if any. */
	static Optional<InvoiceSyntax> of(QName root) {
		for (InvoiceSyntax syntax : values()) {
			if (syntax.root.equals(root)) {
				return Optional.of(syntax);
			}
		}
		return Optional.empty();
	}

	/** The name {@link EmbeddedInvoice#syntax()} gives. */
	String label() {
		return label;
	}

	InvoiceMapper mapper() {
		return mapper;
	}

}
