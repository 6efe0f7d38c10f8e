package io.invoiceocr.extract;

import java.util.List;
import java.util.Locale;

/**
 * Each value looked for in the document's text: found, it gets the lines it was found on as
 * evidence; found nowhere, it keeps its place but loses confidence, and the check says so.
 */
final class GroundingChecks {

	private GroundingChecks() {
	}

	static <T> Field<T> ground(Field<T> value, String path, Grounding grounding, List<Check> checks) {
		Field<T> grounded = ground(value, grounding);
		if (grounded.grounded()) {
			Evidence first = grounded.evidence().get(0);
			checks.add(Check.passed("grounded", path, "found on page " + first.page() + ", line " + (first.line() + 1)
					+ ": \"" + first.text() + "\""));
		}
		else {
			checks.add(Check.failed("grounded", path, "\"" + shown(value) + "\" is not in the document's text; confidence "
					+ "lowered to " + String.format(Locale.ROOT, "%.2f", grounded.confidence())));
		}
		return grounded;
	}

	static <T> Field<T> ground(Field<T> value, Grounding grounding) {
		if (value == null) {
			return null;
		}
		List<Evidence> evidence = grounding.find(value.value());
		if (!evidence.isEmpty()) {
			// the extractor's evidence is the finer one (the name, not the whole row it shares with
			// the title) when it lies within what was found
			return value.withEvidence(within(value.evidence(), evidence) ? value.evidence() : evidence);
		}
		return value.withEvidence(List.of()).withConfidence(value.confidence() * InvoiceValidator.UNGROUNDED_FACTOR);
	}

	private static boolean within(List<Evidence> lines, List<Evidence> found) {
		return !lines.isEmpty() && lines.stream()
			.allMatch(line -> found.stream().anyMatch(f -> f.page() == line.page() && f.line() == line.line()));
	}

	static void checkListsGrounded(Invoice invoice, List<Check> checks) {
		if (!invoice.lineItems().isEmpty()) {
			long found = invoice.lineItems().stream().filter(item -> item.amount() != null && item.amount().grounded()).count();
			long amounts = invoice.lineItems().stream().filter(item -> item.amount() != null).count();
			checks.add(new Check("grounded", "lineItems", found == amounts,
					found + " of " + amounts + " line amounts found in the text"));
		}
		if (!invoice.taxes().isEmpty()) {
			long found = invoice.taxes().stream().filter(tax -> tax.amount() != null && tax.amount().grounded()).count();
			long amounts = invoice.taxes().stream().filter(tax -> tax.amount() != null).count();
			checks.add(new Check("grounded", "taxes", found == amounts, found + " of " + amounts + " tax amounts found in the text"));
		}
	}

	private static String shown(Field<?> value) {
		return value.text() != null && !value.text().isBlank() ? value.text() : String.valueOf(value.value());
	}

}
