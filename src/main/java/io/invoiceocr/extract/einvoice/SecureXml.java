package io.invoiceocr.extract.einvoice;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML that came from outside, namespace-aware, with everything that lets a document reach
 * beyond itself switched off: no DOCTYPE (so no entities, external or expanding, and no DTD to
 * fetch), no XInclude, JAXP secure processing on. An invoice syntax never needs a DOCTYPE, so
 * refusing one costs nothing and closes XXE and entity-expansion attacks at once.
 * <p>
 * The JDK's own parsers are used ({@code newDefault...}), whatever else is on the classpath, so
 * that the settings below are the ones that apply. Factories are made per call: they are not
 * thread-safe, and making one is cheap next to reading a PDF.
 */
final class SecureXml {

	private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

	private SecureXml() {
	}

	/**
	 * The first things in the document: whether it declares a DOCTYPE, and its root element. Reads
	 * no further than the root's start tag, so it tells what a document is without parsing all of
	 * it; a DOCTYPE is noted, never processed.
	 *
	 * @throws XMLStreamException when the document is not XML up to its root element
	 */
	static XmlHead head(byte[] xml) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
		try {
			boolean doctype = false;
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.DTD) {
					doctype = true;
				}
				else if (event == XMLStreamConstants.START_ELEMENT) {
					return new XmlHead(reader.getName(), doctype);
				}
			}
			throw new XMLStreamException("the document has no root element");
		}
		finally {
			reader.close();
		}
	}

	/**
	 * The whole document as a DOM.
	 *
	 * @throws SAXParseException when it is not well-formed or declares a DOCTYPE; the exception
	 *                           carries the line and column
	 */
	static Document parse(byte[] xml) throws SAXException, IOException {
		DocumentBuilder builder = builder();
		// The default handler prints fatal errors to stderr as well as throwing them.
		builder.setErrorHandler(new ErrorHandler() {

			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) throws SAXParseException {
				throw ex;
			}

			@Override
			public void fatalError(SAXParseException ex) throws SAXParseException {
				throw ex;
			}

		});
		return builder.parse(new InputSource(new ByteArrayInputStream(xml)));
	}

	private static DocumentBuilder builder() {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
		try {
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature(DISALLOW_DOCTYPE, true);
			// Redundant once DOCTYPE is refused; kept so that no single setting is all that stands
			// between an attachment and the file system.
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			return factory.newDocumentBuilder();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The JDK's XML parser does not support secure parsing", ex);
		}
	}

	/**
	 * The start of an XML document.
	 *
	 * @param root    the root element's qualified name
	 * @param doctype whether a DOCTYPE precedes it
	 */
	record XmlHead(QName root, boolean doctype) {
	}

}
