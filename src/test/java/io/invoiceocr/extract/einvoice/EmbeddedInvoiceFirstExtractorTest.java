package io.invoiceocr.extract.einvoice;

import java.nio.file.Path;

import io.invoiceocr.extract.Extraction;
import io.invoiceocr.extract.ExtractionInput;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.InvoiceExtractor;
import io.invoiceocr.extract.Pages;
import io.invoiceocr.extract.rules.RuleBasedExtractor;
import io.invoiceocr.ocr.OcrResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A PDF with its invoice as XML: read exactly, completed by the rules, checked against its pages. */
class EmbeddedInvoiceFirstExtractorTest {

	/** An invoice number, a date and a total: nothing about the parties. */
	private static final String MINIMAL_CII = """
			<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
			    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
			    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
			  <rsm:ExchangedDocument>
			    <ram:ID>F-2024-0042</ram:ID>
			    <ram:TypeCode>380</ram:TypeCode>
			    <ram:IssueDateTime><udt:DateTimeString format="102">20240315</udt:DateTimeString></ram:IssueDateTime>
			  </rsm:ExchangedDocument>
			  <rsm:SupplyChainTradeTransaction>
			    <ram:ApplicableHeaderTradeSettlement>
			      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
			      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
			        <ram:GrandTotalAmount>1234.50</ram:GrandTotalAmount>
			      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
			    </ram:ApplicableHeaderTradeSettlement>
			  </rsm:SupplyChainTradeTransaction>
			</rsm:CrossIndustryInvoice>
			""";

	@TempDir
	Path dir;

	private final RuleBasedExtractor rules = new RuleBasedExtractor();

	private final InvoiceExtractor extractor = new EmbeddedInvoiceFirstExtractor(new EmbeddedInvoiceReader(), rules, rules);

	@Test
	void theXmlGivesExactValuesAndThePagesTheirEvidence() throws Exception {
		// given a Factur-X PDF whose pages print the number but not the total, and a phone the XML lacks
		Path pdf = TestPdfs.pdf().attach("factur-x.xml", MINIMAL_CII).writeTo(dir.resolve("invoice.pdf"));
		OcrResult pages = Pages.document("Facture F-2024-0042", "Tél: +33 4 72 07 08 56");

		// when
		Extraction extraction = extractor.extract(new ExtractionInput(pages, pdf));

		// then
		assertThat(extraction.invoice().invoiceNumber().value()).isEqualTo("F-2024-0042");
		assertThat(extraction.invoice().invoiceNumber().source()).isEqualTo(FieldSource.EMBEDDED_XML);
		assertThat(extraction.invoice().invoiceNumber().confidence()).isEqualTo(1.0);
		assertThat(extraction.invoice().invoiceNumber().evidence()).isNotEmpty();
		assertThat(extraction.invoice().vendor().phone().source()).isEqualTo(FieldSource.RULES);
		// the total is exact, but the pages do not show it: flagged
		assertThat(extraction.invoice().total().source()).isEqualTo(FieldSource.EMBEDDED_XML);
		assertThat(extraction.validation().failures()).anySatisfy(check -> {
			assertThat(check.name()).isEqualTo("grounded");
			assertThat(check.field()).isEqualTo("total");
		});
		assertThat(extraction.metadata().extractors()).containsExactly("embedded-xml", "rules");
		assertThat(extraction.metadata().notes()).first().asString().contains("factur-x.xml", "CII");
	}

	@Test
	void aPdfWithoutXmlGoesToTheNextExtractor() throws Exception {
		Path pdf = TestPdfs.pdf().writeTo(dir.resolve("plain.pdf"));

		Extraction extraction = extractor.extract(new ExtractionInput(Pages.document("Invoice No: 7", "Total | 12.00"), pdf));

		assertThat(extraction.metadata().extractors()).containsExactly("rules");
		assertThat(extraction.invoice().total().value()).isEqualByComparingTo("12.00");
	}

	@Test
	void brokenXmlIsNotedAndThePagesAreReadInstead() throws Exception {
		Path pdf = TestPdfs.pdf().attach("factur-x.xml", "<rsm:CrossIndustryInvoice").writeTo(dir.resolve("broken.pdf"));

		Extraction extraction = extractor.extract(new ExtractionInput(Pages.document("Invoice No: 7", "Total | 12.00"), pdf));

		assertThat(extraction.invoice().total().value()).isEqualByComparingTo("12.00");
		assertThat(extraction.metadata().notes()).first().asString().startsWith("the embedded invoice XML was not used: ");
	}

}
