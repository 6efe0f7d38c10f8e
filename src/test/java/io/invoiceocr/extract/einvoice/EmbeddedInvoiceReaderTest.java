package io.invoiceocr.extract.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.einvoice.TestPdfs.Placement;

class EmbeddedInvoiceReaderTest {

	private final EmbeddedInvoiceReader reader = new EmbeddedInvoiceReader();

	@TempDir
	Path dir;

	@Test
	void givesNothingForAPdfWithoutAttachments() throws Exception {
		// given
		Path pdf = TestPdfs.pdf().writeTo(dir.resolve("plain.pdf"));

		// when
		Optional<EmbeddedInvoice> invoice = reader.read(pdf);

		// then
		assertThat(invoice).isEmpty();
	}

	@Test
	void givesNothingForAFileThatCannotBeOpenedAsAPdf() throws Exception {
		// given
		Path broken = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\nthe rest is missing");

		// when
		Optional<EmbeddedInvoice> invoice = reader.read(broken);

		// then
		assertThat(invoice).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "factur-x.xml", "zugferd-invoice.xml", "ZUGFeRD-invoice.xml", "xrechnung.xml" })
	void readsTheInvoiceAttachedUnderAStandardName(String name) throws Exception {
		// given
		Path pdf = TestPdfs.pdf().attach(name, InvoiceXmls.CII).writeTo(dir.resolve("hybrid.pdf"));

		// when
		EmbeddedInvoice embedded = reader.read(pdf).orElseThrow();

		// then
		assertThat(embedded.attachmentName()).isEqualTo(name);
		assertThat(embedded.syntax()).isEqualTo(EmbeddedInvoice.CII);
		assertThat(embedded.guideline()).isEqualTo("urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:en16931");
		assertThat(embedded.invoice().invoiceNumber().value()).isEqualTo("F-2024-0042");
		assertThat(embedded.invoice().total().value()).isEqualByComparingTo("1380.00");
	}

	@Test
	void findsACiiInvoiceAttachedUnderAnotherName() throws Exception {
		// given
		Path pdf = TestPdfs.pdf()
			.attach("notes.txt", "not an invoice")
			.attach("Rechnung_F-2024-0042.xml", InvoiceXmls.CII)
			.writeTo(dir.resolve("renamed.pdf"));

		// when
		EmbeddedInvoice embedded = reader.read(pdf).orElseThrow();

		// then
		assertThat(embedded.attachmentName()).isEqualTo("Rechnung_F-2024-0042.xml");
		assertThat(embedded.syntax()).isEqualTo(EmbeddedInvoice.CII);
		assertThat(embedded.invoice().invoiceNumber().value()).isEqualTo("F-2024-0042");
	}

	@Test
	void readsAUblInvoice() throws Exception {
		// given
		Path pdf = TestPdfs.pdf().attach("xrechnung.xml", InvoiceXmls.UBL_INVOICE).writeTo(dir.resolve("ubl.pdf"));

		// when
		EmbeddedInvoice embedded = reader.read(pdf).orElseThrow();

		// then
		assertThat(embedded.syntax()).isEqualTo(EmbeddedInvoice.UBL);
		assertThat(embedded.guideline())
			.isEqualTo("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0");
		assertThat(embedded.invoice().invoiceNumber().value()).isEqualTo("RE-2024-118");
		assertThat(embedded.invoice().vendor().name().value()).isEqualTo("Schreinerei Holz GmbH");
		assertThat(embedded.invoice().lineItems()).hasSize(2);
	}

	@ParameterizedTest
	@EnumSource(Placement.class)
	void findsTheInvoiceWhereverThePdfListsIt(Placement placement) throws Exception {
		// given
		Path pdf = TestPdfs.pdf()
			.attach("factur-x.xml", InvoiceXmls.CII)
			.placedIn(placement)
			.writeTo(dir.resolve(placement + ".pdf"));

		// when
		Optional<EmbeddedInvoice> embedded = reader.read(pdf);

		// then
		assertThat(embedded).map(EmbeddedInvoice::attachmentName).contains("factur-x.xml");
	}

	@Test
	void findsTheInvoiceInAKidOfTheNameTreeAmongOtherFiles() throws Exception {
		// given
		Path pdf = TestPdfs.pdf()
			.attach("Aufmass.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' })
			.attach("Rapport.pdf", "%PDF-1.4")
			.attach("factur-x.xml", InvoiceXmls.CII)
			.placedIn(Placement.NAME_TREE_KIDS)
			.writeTo(dir.resolve("kids.pdf"));

		// when
		Optional<EmbeddedInvoice> embedded = reader.read(pdf);

		// then
		assertThat(embedded).map(EmbeddedInvoice::attachmentName).contains("factur-x.xml");
	}

	@Test
	void readsACompressedAttachment() throws Exception {
		// given
		Path pdf = TestPdfs.pdf()
			.attach("factur-x.xml", InvoiceXmls.CII)
			.compressed()
			.writeTo(dir.resolve("compressed.pdf"));

		// when
		EmbeddedInvoice embedded = reader.read(pdf).orElseThrow();

		// then
		assertThat(embedded.invoice().invoiceNumber().value()).isEqualTo("F-2024-0042");
	}

	@Test
	void prefersTheStandardNameToAnyOtherInvoiceXml() throws Exception {
		// given
		Path pdf = TestPdfs.pdf()
			.attach("copy.xml", InvoiceXmls.UBL_INVOICE)
			.attach("factur-x.xml", InvoiceXmls.CII)
			.writeTo(dir.resolve("two.pdf"));

		// when
		EmbeddedInvoice embedded = reader.read(pdf).orElseThrow();

		// then
		assertThat(embedded.attachmentName()).isEqualTo("factur-x.xml");
		assertThat(embedded.syntax()).isEqualTo(EmbeddedInvoice.CII);
	}

	@Test
	void fieldsComeFromTheXmlWithFullConfidenceAndTheirRawText() throws Exception {
		// given
		Path pdf = TestPdfs.pdf().attach("factur-x.xml", InvoiceXmls.CII).writeTo(dir.resolve("fields.pdf"));

		// when
		EmbeddedInvoice embedded = reader.read(pdf).orElseThrow();

		// then
		Field<LocalDate> date = embedded.invoice().invoiceDate();
		assertThat(date.value()).isEqualTo(LocalDate.of(2024, 3, 15));
		assertThat(date.text()).isEqualTo("20240315");
		assertThat(date.confidence()).isEqualTo(1.0);
		assertThat(date.source()).isEqualTo(FieldSource.EMBEDDED_XML);
		assertThat(date.evidence()).isEmpty();
		Field<String> iban = embedded.invoice().vendor().iban();
		assertThat(iban.value()).isEqualTo("FR7630006000011234567890189");
		assertThat(iban.text()).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
	}

	@Test
	void refusesMalformedXmlSayingWhereItBreaks() throws Exception {
		// given
		String malformed = InvoiceXmls.CII.replace("</ram:ID>\n    <ram:TypeCode>", "</ram:Id>\n    <ram:TypeCode>");
		Path pdf = TestPdfs.pdf().attach("factur-x.xml", malformed).writeTo(dir.resolve("malformed.pdf"));

		// when, then
		assertThatExceptionOfType(EmbeddedInvoiceException.class).isThrownBy(() -> reader.read(pdf))
			.withMessageStartingWith("the embedded factur-x.xml is not well-formed XML: ")
			.withMessageContaining("line 11");
	}

	@Test
	void refusesAnExternalEntityWithoutReadingTheFile() throws Exception {
		// given
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
		String xxe = InvoiceXmls.CII
			.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri()
							+ "\">]>")
			.replace("F-2024-0042", "&e;");
		Path pdf = TestPdfs.pdf().attach("factur-x.xml", xxe).writeTo(dir.resolve("xxe.pdf"));

		// when, then
		assertThatExceptionOfType(EmbeddedInvoiceException.class).isThrownBy(() -> reader.read(pdf))
			.withMessageStartingWith("the embedded factur-x.xml declares a DOCTYPE")
			.withMessageContaining("external entities")
			.withMessageNotContaining("TOP-SECRET-CONTENT");
	}

	@Test
	void refusesTheClassicPasswdPayload() throws Exception {
		// given
		String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
				+ InvoiceXmls.CII.substring(InvoiceXmls.CII.indexOf("<rsm:")).replace("F-2024-0042", "&e;");
		Path pdf = TestPdfs.pdf().attach("factur-x.xml", xxe).writeTo(dir.resolve("passwd.pdf"));

		// when, then
		assertThatExceptionOfType(EmbeddedInvoiceException.class).isThrownBy(() -> reader.read(pdf))
			.withMessageContaining("DOCTYPE")
			.withMessageNotContaining("root:");
	}

	@Test
	void ignoresAnXmlAttachmentThatIsNotAnInvoice() throws Exception {
		// given
		Path pdf = TestPdfs.pdf()
			.attach("metadata.xml", "<?xml version=\"1.0\"?><catalog><entry>drawing 4</entry></catalog>")
			.writeTo(dir.resolve("other-xml.pdf"));

		// when
		Optional<EmbeddedInvoice> invoice = reader.read(pdf);

		// then
		assertThat(invoice).isEmpty();
	}

	@Test
	void ignoresAnOrderX() throws Exception {
		// given
		Path pdf = TestPdfs.pdf().attach("order-x.xml", InvoiceXmls.CII).writeTo(dir.resolve("order.pdf"));

		// when
		Optional<EmbeddedInvoice> invoice = reader.read(pdf);

		// then
		assertThat(invoice).isEmpty();
	}

	@Test
	void refusesAStandardNamedAttachmentThatIsNotAnInvoice() throws Exception {
		// given
		Path pdf = TestPdfs.pdf()
			.attach("factur-x.xml", "<?xml version=\"1.0\"?><catalog xmlns=\"urn:example:catalog\"/>")
			.writeTo(dir.resolve("wrong-root.pdf"));

		// when, then
		assertThatExceptionOfType(EmbeddedInvoiceException.class).isThrownBy(() -> reader.read(pdf))
			.withMessage("the embedded factur-x.xml is not an invoice: its root element is catalog in namespace"
					+ " urn:example:catalog, not a CII, ZUGFeRD 1.0 or UBL invoice");
	}

	@Test
	void refusesAnInvoiceLargerThanTheLimit() throws Exception {
		// given
		EmbeddedInvoiceReader limited = new EmbeddedInvoiceReader(1024);
		Path pdf = TestPdfs.pdf().attach("factur-x.xml", InvoiceXmls.CII).writeTo(dir.resolve("large.pdf"));

		// when, then
		assertThatExceptionOfType(EmbeddedInvoiceException.class).isThrownBy(() -> limited.read(pdf))
			.withMessage("the embedded factur-x.xml is larger than the 1 KB an invoice XML may take; it was not read");
	}

	@Test
	void refusesAnInvoiceThatInflatesPastTheLimitWithoutDeclaringItsSize() throws Exception {
		// given
		EmbeddedInvoiceReader limited = new EmbeddedInvoiceReader(64 * 1024);
		String padded = InvoiceXmls.CII.replace("F-2024-0042", "F-2024-0042" + " ".repeat(1024 * 1024));
		Path pdf = TestPdfs.pdf()
			.attach("Rechnung.xml", padded)
			.compressed()
			.withoutDeclaredSize()
			.writeTo(dir.resolve("bomb.pdf"));
		assertThat(Files.size(pdf)).isLessThan(64 * 1024);

		// when, then
		assertThatExceptionOfType(EmbeddedInvoiceException.class).isThrownBy(() -> limited.read(pdf))
			.withMessageStartingWith("the embedded Rechnung.xml is larger than");
	}

	@Test
	void refusesANonsensicalLimit() {
		assertThatIllegalArgumentException().isThrownBy(() -> new EmbeddedInvoiceReader(0))
			.withMessageContaining("size limit");
	}

	@Test
	void readsTheSameInvoiceFromSeveralThreadsAtOnce() throws Exception {
		// given
		Path pdf = TestPdfs.pdf().attach("factur-x.xml", InvoiceXmls.CII).writeTo(dir.resolve("shared.pdf"));

		// when
		List<BigDecimal> totals = IntStream.range(0, 8).parallel().mapToObj(i -> {
			try {
				return reader.read(pdf).orElseThrow().invoice().total().value();
			}
			catch (EmbeddedInvoiceException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();

		// then
		assertThat(totals).allSatisfy(total -> assertThat(total).isEqualByComparingTo(new BigDecimal("1380.00")));
	}

}
