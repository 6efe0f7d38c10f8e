package io.invoiceocr.extract;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which extractor gave a field's value. */
public enum FieldSource {

	/** The rule-based extractor: keywords and layout. */
	RULES("rules"),

	/** The language model (Qwen through Ollama). */
	LLM("llm"),

	/** The machine-readable invoice embedded in the PDF (ZUGFeRD, Factur-X, XRechnung). */
	EMBEDDED_XML("embedded-xml");

	private final String id;

	FieldSource(String id) {
		this.id = id;
	}

	@JsonValue
	public String id() {
		return id;
	}

}
