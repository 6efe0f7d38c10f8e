package io.invoiceocr.extract;

import java.util.List;

/**
 * How an invoice was extracted.
 *
 * @param extractors   the extractors that contributed, in the order they ran ({@code embedded-xml},
 *                     {@code llm}, {@code rules})
 * @param model        the language model asked, or null
 * @param repairRounds answers sent back to the model with their problems (0 or 1)
 * @param truncation   how the text was cut to fit the model's context, or null when it was not cut
 * @param notes        what a person should know: fallbacks taken and why, answers refused
 * @param durationMs   time the extraction took
 */
public record ExtractionMetadata(List<String> extractors, String model, int repairRounds, String truncation,
		List<String> notes, long durationMs) {

	public ExtractionMetadata {
		extractors = List.copyOf(extractors);
		notes = List.copyOf(notes);
	}

	/** The same extraction told with other notes, model and duration (a fallback's or a wrapper's). */
	public ExtractionMetadata withNotes(String newModel, List<String> newNotes, long newDurationMs) {
		return new ExtractionMetadata(extractors, newModel, repairRounds, truncation, newNotes, newDurationMs);
	}

}
