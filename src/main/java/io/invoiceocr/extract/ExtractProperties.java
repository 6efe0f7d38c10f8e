package io.invoiceocr.extract;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How invoices are extracted. The language model is used when {@code invoice-ocr.extract.llm.base-url}
 * is set; otherwise the rule-based extractor gives every field.
 *
 * @param embeddedXml    read the e-invoice XML a PDF carries (ZUGFeRD, Factur-X, XRechnung) before anything
 *                       else: it is exact
 * @param fallbackToRules when the language model fails (unreachable, timeout, garbage), take the rule-based
 *                       extractor's answer instead of failing the document; fields the model leaves out or
 *                       gets wrong are taken from the rules either way
 * @param repairRound    send an answer with problems back to the model once, with the list of problems
 */
@Validated
@ConfigurationProperties("invoice-ocr.extract")
public record ExtractProperties(@DefaultValue("true") boolean embeddedXml, @DefaultValue("true") boolean fallbackToRules,
		@DefaultValue("true") boolean repairRound) {

	/** The defaults, for use outside Spring (evaluation commands). */
	public static ExtractProperties defaults() {
		return new ExtractProperties(true, true, true);
	}

}
