package io.invoiceocr.extract;

import io.invoiceocr.extract.einvoice.EmbeddedInvoiceFirstExtractor;
import io.invoiceocr.extract.einvoice.EmbeddedInvoiceReader;
import io.invoiceocr.extract.llm.LlmInvoiceExtractor;
import io.invoiceocr.extract.llm.LlmProperties;
import io.invoiceocr.extract.llm.OllamaInvoiceClient;
import io.invoiceocr.extract.rules.RuleBasedExtractor;

/**
 * The extractor the settings describe: the embedded e-invoice XML first (when on), then the
 * language model with the rules as fallback (when an Ollama URL is set), else the rules alone.
 * Closing it stops the model's requests still running.
 */
public final class ConfiguredExtractor implements InvoiceExtractor, AutoCloseable {

	private final InvoiceExtractor extractor;

	private final OllamaInvoiceClient client;

	private final String description;

	private ConfiguredExtractor(InvoiceExtractor extractor, OllamaInvoiceClient client, String description) {
		this.extractor = extractor;
		this.client = client;
		this.description = description;
	}

	public static ConfiguredExtractor create(ExtractProperties settings, LlmProperties llm) {
		RuleBasedExtractor rules = new RuleBasedExtractor();
		InvoiceExtractor fromText = rules;
		OllamaInvoiceClient client = null;
		String description = "rule-based extractor";
		if (llm.configured()) {
			client = new OllamaInvoiceClient(llm);
			fromText = new LlmInvoiceExtractor(client, rules, llm.model(), settings.repairRound(), settings.fallbackToRules());
			description = llm.model() + " at " + llm.baseUrl() + (settings.fallbackToRules() ? ", rules as fallback" : "");
		}
		if (settings.embeddedXml()) {
			return new ConfiguredExtractor(new EmbeddedInvoiceFirstExtractor(new EmbeddedInvoiceReader(), rules, fromText),
					client, "embedded e-invoice XML, else " + description);
		}
		return new ConfiguredExtractor(fromText, client, description);
	}

	/** What extracts, in words, for the log. */
	public String description() {
		return description;
	}

	@Override
	public Extraction extract(ExtractionInput input) throws ExtractionException {
		return extractor.extract(input);
	}

	@Override
	public void close() {
		if (client != null) {
			client.close();
		}
	}

}
