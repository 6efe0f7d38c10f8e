package io.invoiceocr.extract.einvoice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.Extraction;
import io.invoiceocr.extract.ExtractionException;
import io.invoiceocr.extract.ExtractionInput;
import io.invoiceocr.extract.ExtractionMetadata;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.Grounding;
import io.invoiceocr.extract.Invoice;
import io.invoiceocr.extract.InvoiceExtractor;
import io.invoiceocr.extract.InvoiceMerge;
import io.invoiceocr.extract.InvoiceValidator;
import io.invoiceocr.extract.rules.RuleBasedExtractor;

/**
 * A PDF that carries its invoice as XML (ZUGFeRD, Factur-X, XRechnung) is read from the XML, which
 * states every value exactly; fields the XML lacks (a phone number, say) come from the rule-based
 * extractor. The XML's values are still looked for in the page text, so that a PDF whose pages say
 * something else than its data is flagged. Any other document goes to the next extractor.
 */
public final class EmbeddedInvoiceFirstExtractor implements InvoiceExtractor {

	private final EmbeddedInvoiceReader reader;

	private final RuleBasedExtractor rules;

	private final InvoiceExtractor otherwise;

	private final InvoiceValidator validator = new InvoiceValidator();

	/**
	 * @param reader    finds and reads the embedded XML
	 * @param rules     completes what the XML lacks
	 * @param otherwise extracts documents without embedded XML
	 */
	public EmbeddedInvoiceFirstExtractor(EmbeddedInvoiceReader reader, RuleBasedExtractor rules,
			InvoiceExtractor otherwise) {
		this.reader = reader;
		this.rules = rules;
		this.otherwise = otherwise;
	}

	@Override
	public Extraction extract(ExtractionInput input) throws ExtractionException {
		long started = System.nanoTime();
		Optional<EmbeddedInvoice> embedded;
		try {
			// only a PDF can carry an attachment; an image is not worth a parse attempt
			boolean pdf = input.document() != null && "application/pdf".equals(input.ocr().mediaType());
			embedded = pdf ? reader.read(input.document()) : Optional.empty();
		}
		catch (EmbeddedInvoiceException ex) {
			// The pages still hold the invoice: read them, and say why the XML was not used.
			Extraction fromPages = otherwise.extract(input);
			List<String> notes = new ArrayList<>(fromPages.metadata().notes());
			notes.add(0, "the embedded invoice XML was not used: " + ex.getMessage());
			ExtractionMetadata metadata = fromPages.metadata();
			return new Extraction(fromPages.invoice(), fromPages.validation(),
					metadata.withNotes(metadata.model(), notes, metadata.durationMs()));
		}
		if (embedded.isEmpty()) {
			return otherwise.extract(input);
		}
		EmbeddedInvoice xml = embedded.get();
		DocumentText text = DocumentText.of(input.ocr());
		List<String> taken = new ArrayList<>();
		Invoice completed = InvoiceMerge.fillGaps(xml.invoice(), Set.of(), rules.read(text), taken);
		InvoiceValidator.Result validated = validator.validate(completed, Grounding.forInvoice(text, completed));
		List<String> extractors = new ArrayList<>(List.of(FieldSource.EMBEDDED_XML.id()));
		List<String> notes = new ArrayList<>();
		notes.add("read from the embedded " + xml.attachmentName() + " (" + xml.syntax()
				+ (xml.guideline() == null ? "" : ", " + xml.guideline()) + ")");
		if (!taken.isEmpty()) {
			extractors.add(FieldSource.RULES.id());
			notes.add("not in the XML, read from the pages by the rules: " + String.join(", ", taken));
		}
		return new Extraction(validated.invoice(), validated.validation(),
				new ExtractionMetadata(extractors, null, 0, null, notes, (System.nanoTime() - started) / 1_000_000));
	}

}
