package io.invoiceocr.extract.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

import io.invoiceocr.extract.einvoice.SecureXml.XmlHead;

/**
 * The parsers themselves, apart from the DOCTYPE check in front of them: each must refuse on its
 * own to reach outside the document. A local server stands in for the network and the file system,
 * so that a fetch would be seen.
 */
class SecureXmlTest {

	private ServerSocket server;

	@BeforeEach
	void listen() throws IOException {
		server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		server.setSoTimeout(200);
	}

	@AfterEach
	void close() throws IOException {
		server.close();
	}

	@Test
	void domParserRefusesADoctypeWithoutFetchingItsEntities() {
		// given
		byte[] xml = ("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"" + localUrl() + "\">]>\n<x>&e;</x>")
			.getBytes(StandardCharsets.UTF_8);

		// when, then
		assertThatExceptionOfType(SAXParseException.class).isThrownBy(() -> SecureXml.parse(xml))
			.withMessageContaining("DOCTYPE");
		assertThat(connectionAttempted()).isFalse();
	}

	@Test
	void domParserRefusesAnExternalDtd() {
		// given
		byte[] xml = ("<?xml version=\"1.0\"?>\n<!DOCTYPE x SYSTEM \"" + localUrl() + "\">\n<x/>")
			.getBytes(StandardCharsets.UTF_8);

		// when, then
		assertThatExceptionOfType(SAXParseException.class).isThrownBy(() -> SecureXml.parse(xml));
		assertThat(connectionAttempted()).isFalse();
	}

	@Test
	void headNotesADoctypeWithoutFetchingIt() throws Exception {
		// given
		byte[] xml = ("<?xml version=\"1.0\"?>\n<!DOCTYPE x SYSTEM \"" + localUrl() + "\">\n<x>text</x>")
			.getBytes(StandardCharsets.UTF_8);

		// when
		XmlHead head = SecureXml.head(xml);

		// then
		assertThat(head.doctype()).isTrue();
		assertThat(head.root().getLocalPart()).isEqualTo("x");
		assertThat(connectionAttempted()).isFalse();
	}

	@Test
	void headReadsTheRootElementOfADocumentCutShort() throws Exception {
		// given
		byte[] cut = InvoiceXmls.CII.substring(0, 600).getBytes(StandardCharsets.UTF_8);

		// when
		XmlHead head = SecureXml.head(cut);

		// then
		assertThat(head.doctype()).isFalse();
		assertThat(head.root().getNamespaceURI())
			.isEqualTo("urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100");
		assertThat(head.root().getLocalPart()).isEqualTo("CrossIndustryInvoice");
	}

	private String localUrl() {
		return "http://127.0.0.1:" + server.getLocalPort() + "/secret";
	}

	/** A connection made to the server waits in its backlog, so accepting finds it even now. */
	private boolean connectionAttempted() {
		try (Socket socket = server.accept()) {
			return socket != null;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
