package io.invoiceocr.extract.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.InvoiceBuilder;
import io.invoiceocr.extract.InvoiceField;
import io.invoiceocr.extract.normalize.Dates;

/**
 * References printed beside a label: the invoice number, the customer's purchase order, and the
 * payment terms.
 */
final class ReferenceRules {

	private static final double SAME_ROW = 0.85;

	private static final double ROW_BELOW = 0.65;

	/**
	 * A reference: letters, digits and the separators numbering schemes use, with at least one
	 * digit ("INV-2024/0117", "AV-2017-0005", "42183017"); it may not end in a separator.
	 */
	private static final Pattern REFERENCE = Pattern.compile(
			"(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}./_-]*\\d)[\\p{L}\\p{N}](?:[\\p{L}\\p{N}./_-]*[\\p{L}\\p{N}])?");

	/** What may stand between a label and its value: colons, "No.", "#", "n°". */
	private static final Pattern FILLER = Pattern.compile("^(?:[\\s:#.\\-–]|n[°o]\\.?(?=\\s)|no\\.?(?=\\s|\\d)|nr\\.?(?=\\s|\\d))*",
			Pattern.CASE_INSENSITIVE);

	private final DocumentText text;

	private final Conventions conventions;

	ReferenceRules(DocumentText text, Conventions conventions) {
		this.text = text;
		this.conventions = conventions;
	}

	void fill(InvoiceBuilder invoice) {
		reference(Keywords.INVOICE_NUMBER).or(() -> reference(Keywords.INVOICE_TITLE))
			.ifPresent(found -> invoice.set(InvoiceField.INVOICE_NUMBER, found.toField()));
		reference(Keywords.PURCHASE_ORDER).ifPresent(found -> invoice.set(InvoiceField.PURCHASE_ORDER, found.toField()));
		paymentTerms().ifPresent(found -> invoice.set(InvoiceField.PAYMENT_TERMS, found.toField()));
	}

	private Optional<Candidate<String>> reference(Pattern label) {
		for (LabelledRow labelled : LabelledRow.find(text, label)) {
			Optional<Candidate<String>> right = referenceIn(labelled.row(), labelled.labelEnd(), SAME_ROW);
			if (right.isPresent()) {
				return right;
			}
			if (labelled.next() != null) {
				Optional<Candidate<String>> below = referenceIn(labelled.next(), labelled.underLabel(), ROW_BELOW)
					.or(() -> referenceIn(labelled.next(), 0, ROW_BELOW));
				if (below.isPresent()) {
					return below;
				}
			}
		}
		return Optional.empty();
	}

	/** The reference right after {@code from}, past any filler; not a date, not an amount. */
	private Optional<Candidate<String>> referenceIn(DocumentText.Row row, int from, double confidence) {
		String rest = row.text().substring(from);
		Matcher filler = FILLER.matcher(rest);
		int start = filler.lookingAt() ? filler.end() : 0;
		Matcher reference = REFERENCE.matcher(rest);
		if (!reference.find(start) || reference.start() != start) {
			return Optional.empty();
		}
		String value = reference.group();
		if (!Dates.find(value, conventions.dateOrder()).isEmpty() || value.matches("\\d{1,3}([.,]\\d{2})?")) {
			return Optional.empty();
		}
		return Optional.of(new Candidate<>(value, value, row, from + reference.start(), from + reference.end(), confidence));
	}

	/** The terms as printed: the rest of the row after the label, or the label's own phrase ("Net 30 days"). */
	private Optional<Candidate<String>> paymentTerms() {
		for (LabelledRow labelled : LabelledRow.find(text, Keywords.PAYMENT_TERMS)) {
			String row = labelled.row().text();
			String rest = row.substring(labelled.labelEnd()).replaceFirst("^[\\s:.-]+", "").strip();
			int start = rest.isEmpty() ? labelled.labelStart() : row.length() - rest.length();
			String terms = row.substring(start).strip();
			if (terms.length() >= 4) {
				return Optional.of(new Candidate<>(terms, terms, labelled.row(), start, row.length(), ROW_BELOW));
			}
		}
		return Optional.empty();
	}

}
