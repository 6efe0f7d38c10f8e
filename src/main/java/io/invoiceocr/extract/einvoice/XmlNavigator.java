package io.invoiceocr.extract.einvoice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import javax.xml.xpath.XPathFactoryConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import io.invoiceocr.extract.Field;

/**
 * Relative XPath look-ups with a fixed set of namespace prefixes, so that a mapper can write the
 * paths the way the e-invoice specifications print them ({@code ram:ExchangedDocument/ram:ID}).
 * A null context reads as an absent element, which keeps mappers free of null checks for optional
 * parts of an invoice.
 * <p>
 * Not thread-safe (XPath objects are not): make one per document.
 */
final class XmlNavigator {

	private final XPath xpath;

	private final Map<String, XPathExpression> compiled = new HashMap<>();

	XmlNavigator(Map<String, String> namespaces) {
		XPathFactory factory = XPathFactory.newDefaultInstance();
		try {
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		}
		catch (XPathFactoryConfigurationException ex) {
			throw new IllegalStateException("The JDK's XPath does not support secure processing", ex);
		}
		this.xpath = factory.newXPath();
		this.xpath.setNamespaceContext(new Prefixes(Map.copyOf(namespaces)));
	}

	/** The first element the path leads to, or null. */
	Element element(Node context, String path) {
		for (Node node : nodes(context, path)) {
			if (node instanceof Element element) {
				return element;
			}
		}
		return null;
	}

	/** Every element the path leads to, in document order. */
	List<Element> elements(Node context, String path) {
		List<Element> elements = new ArrayList<>();
		for (Node node : nodes(context, path)) {
			if (node instanceof Element element) {
				elements.add(element);
			}
		}
		return elements;
	}

	/** The text of the first element or attribute the path leads to, as written; null when there is none. */
	String text(Node context, String path) {
		List<Node> nodes = nodes(context, path);
		return nodes.isEmpty() ? null : nodes.get(0).getTextContent();
	}

	private List<Node> nodes(Node context, String path) {
		if (context == null) {
			return List.of();
		}
		try {
			NodeList found = (NodeList) expression(path).evaluate(context, XPathConstants.NODESET);
			List<Node> nodes = new ArrayList<>(found.getLength());
			for (int i = 0; i < found.getLength(); i++) {
				nodes.add(found.item(i));
			}
			return nodes;
		}
		catch (XPathExpressionException ex) {
			// The paths are constants of the mappers: a bad one is a mistake in this code, not in the XML.
			throw new IllegalArgumentException("Invalid path " + path, ex);
		}
	}

	private XPathExpression expression(String path) throws XPathExpressionException {
		XPathExpression expression = compiled.get(path);
		if (expression == null) {
			expression = xpath.compile(path);
			compiled.put(path, expression);
		}
		return expression;
	}

	private record Prefixes(Map<String, String> namespaces) implements NamespaceContext {

		@Override
		public String getNamespaceURI(String prefix) {
			return namespaces.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
		}

		@Override
		public String getPrefix(String namespaceUri) {
			return namespaces.entrySet()
				.stream()
				.filter(entry -> entry.getValue().equals(namespaceUri))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(null);
		}

		@Override
		public Iterator<String> getPrefixes(String namespaceUri) {
			String prefix = getPrefix(namespaceUri);
			return prefix == null ? List.<String>of().iterator() : List.of(prefix).iterator();
		}

	}

	/** The decimal at the path, as a field; null when absent. */
	Field<BigDecimal> decimal(Node context, String path) throws InvalidValueException {
		return XmlValues.decimal(text(context, path), path);
	}

	/** The text of every element at the path, in document order. */
	List<String> texts(Node context, String path) {
		return elements(context, path).stream().map(Element::getTextContent).toList();
	}

}
