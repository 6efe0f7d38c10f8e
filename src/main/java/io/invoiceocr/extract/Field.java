package io.invoiceocr.extract;

import java.util.List;
import java.util.Objects;

/**
 * One extracted value with what backs it.
 *
 * @param value      the normalised value: text, a decimal amount, an ISO date, an ISO 4217 code
 * @param text       the value as printed (or as the extractor gave it), before normalisation
 * @param confidence 0..1: how far the value can be trusted; lowered when it is not found in the text
 * @param source     the extractor that gave it
 * @param evidence   the lines the value was found on (empty when it was not found in the text)
 * @param <T>        the value's type
 */
public record Field<T>(T value, String text, double confidence, FieldSource source, List<Evidence> evidence) {

	public Field {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(source, "source");
		evidence = List.copyOf(evidence);
		if (confidence < 0 || confidence > 1) {
			throw new IllegalArgumentException("confidence must be within 0..1, not " + confidence);
		}
	}

	public static <T> Field<T> of(T value, String text, double confidence, FieldSource source,
			List<Evidence> evidence) {
		return new Field<>(value, text, confidence, source, evidence);
	}

	public Field<T> withConfidence(double newConfidence) {
		return new Field<>(value, text, newConfidence, source, evidence);
	}

	public Field<T> withEvidence(List<Evidence> newEvidence) {
		return new Field<>(value, text, confidence, source, newEvidence);
	}

	public boolean grounded() {
		return !evidence.isEmpty();
	}

}
