package io.invoiceocr.extract.einvoice;

import java.io.IOException;

import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import io.invoiceocr.extract.einvoice.SecureXml.XmlHead;

/**
 * Reads an invoice XML that was taken out of a PDF: refuses it when it declares a DOCTYPE, tells
 * its syntax from the root element, parses it and maps it. Every failure names the attachment and
 * says what is wrong with it.
 */
final class InvoiceXmlReader {

	private InvoiceXmlReader() {
	}

	/**
	 * The syntax of an XML document, or null when it is not XML or not one of the invoice
	 * syntaxes: for telling whether an attachment is an invoice at all.
	 */
	static InvoiceSyntax syntaxOf(byte[] xml) {
		try {
			return InvoiceSyntax.of(SecureXml.head(xml).root()).orElse(null);
		}
		catch (XMLStreamException ex) {
			return null;
		}
	}

	/**
	 * The invoice in the XML.
	 *
	 * @param name the attachment's name, for the messages
	 * @throws EmbeddedInvoiceException when the XML declares a DOCTYPE, is not well-formed, is not
	 *                                  an invoice, or holds a value its syntax does not allow
	 */
	static EmbeddedInvoice read(String name, byte[] xml) throws EmbeddedInvoiceException {
		XmlHead head = head(name, xml);
		if (head.doctype()) {
			throw new EmbeddedInvoiceException("the embedded " + name
					+ " declares a DOCTYPE, which no invoice syntax uses and through which XML can make its reader"
					+ " open local files or network addresses (external entities); it was refused unread");
		}
		InvoiceSyntax syntax = InvoiceSyntax.of(head.root()).orElse(null);
		if (syntax == null) {
			throw new EmbeddedInvoiceException("the embedded " + name + " is not an invoice: its root element is "
					+ describe(head.root()) + ", not a CII, ZUGFeRD 1.0 or UBL invoice");
		}
		Document document = parse(name, xml);
		try {
			MappedInvoice mapped = syntax.mapper().map(document.getDocumentElement());
			return new EmbeddedInvoice(mapped.invoice(), name, syntax.label(), mapped.guideline());
		}
		catch (InvalidValueException ex) {
			throw new EmbeddedInvoiceException(
					"the embedded " + name + " is not a valid " + syntax.label() + " invoice: " + ex.getMessage(), ex);
		}
	}

	private static XmlHead head(String name, byte[] xml) throws EmbeddedInvoiceException {
		try {
			return SecureXml.head(xml);
		}
		catch (XMLStreamException ex) {
			throw new EmbeddedInvoiceException(
					"the embedded " + name + " is not well-formed XML: " + describe(ex), ex);
		}
	}

	private static Document parse(String name, byte[] xml) throws EmbeddedInvoiceException {
		try {
			return SecureXml.parse(xml);
		}
		catch (SAXParseException ex) {
			throw new EmbeddedInvoiceException("the embedded " + name + " is not well-formed XML: " + ex.getMessage()
					+ " (line " + ex.getLineNumber() + ", column " + ex.getColumnNumber() + ")", ex);
		}
		catch (SAXException | IOException ex) {
			throw new EmbeddedInvoiceException("the embedded " + name + " could not be parsed: " + ex.getMessage(), ex);
		}
	}

	/** The StAX message without its "ParseError at [row,col]" preamble, with the position in words. */
	private static String describe(XMLStreamException ex) {
		String message = String.valueOf(ex.getMessage());
		int start = message.indexOf("Message: ");
		if (start >= 0) {
			message = message.substring(start + "Message: ".length());
		}
		Location location = ex.getLocation();
		return location == null ? message
				: message + " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
	}

	private static String describe(QName root) {
		String namespace = root.getNamespaceURI();
		return namespace.isEmpty() ? root.getLocalPart() : root.getLocalPart() + " in namespace " + namespace;
	}

}
