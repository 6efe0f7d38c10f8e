package io.invoiceocr.extract;

/**
 * Turns a document's text into invoice data. Implementations: the rule-based extractor (the
 * default), the language model through Ollama (with the rules as fallback), and the embedded
 * e-invoice reader.
 */
public interface InvoiceExtractor {

	/**
	 * @throws ExtractionException when no invoice data can be given for this document; the reason
	 *                             is meant for a person
	 */
	Extraction extract(ExtractionInput input) throws ExtractionException;

}
