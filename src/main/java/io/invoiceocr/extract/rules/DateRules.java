package io.invoiceocr.extract.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.InvoiceBuilder;
import io.invoiceocr.extract.InvoiceField;
import io.invoiceocr.extract.normalize.Dates;
import io.invoiceocr.extract.normalize.FoundDate;

/**
 * The invoice date and the due date. A date right of (or under) its label is taken; an invoice
 * without a date label (many receipts) gets the first date on its first page, which is where
 * receipts print it.
 */
final class DateRules {

	private static final double SAME_ROW = 0.85;

	private static final double ROW_BELOW = 0.7;

	private static final double BESIDE_NUMBER = 0.75;

	private static final double FIRST_DATE = 0.5;

	private static final double ABOVE = 0.6;

	private final DocumentText text;

	private final Conventions conventions;

	DateRules(DocumentText text, Conventions conventions) {
		this.text = text;
		this.conventions = conventions;
	}

	void fill(InvoiceBuilder invoice) {
		Optional<Candidate<LocalDate>> issued = labelled(Keywords.INVOICE_DATE, DueDateLabels.NOT_INVOICE_DATE, SAME_ROW)
			// "Invoice 4711 of 05.03.2018", "Facture n°562044387 du 02 Juillet 2015"
			.or(() -> labelled(Keywords.INVOICE_NUMBER, DueDateLabels.NOT_INVOICE_DATE, BESIDE_NUMBER))
			.or(this::firstDate);
		RelativeDueDate relative = new RelativeDueDate(text, conventions);
		Optional<Candidate<LocalDate>> due = labelled(DueDateLabels.DUE_DATE, null, SAME_ROW)
			.or(relative::payBy)
			.or(() -> issued.flatMap(relative::afterTerm));
		issued.ifPresent(found -> invoice.set(InvoiceField.INVOICE_DATE, found.toField()));
		due.filter(found -> issued.isEmpty() || !found.value().equals(issued.get().value()) || found.row() != issued.get().row())
			.ifPresent(found -> invoice.set(InvoiceField.DUE_DATE, found.toField()));
	}

	/** The first labelled date of the document. */
	private Optional<Candidate<LocalDate>> labelled(Pattern label, Pattern unless, double confidence) {
		for (LabelledRow labelled : LabelledRow.find(text, label)) {
			if (unless != null && deniedBeforeValue(unless, labelled)) {
				continue;
			}
			List<FoundDate> onRow = dates(labelled.row());
			Optional<Candidate<LocalDate>> right = onRow.stream()
				.filter(date -> date.start() >= labelled.labelStart())
				.findFirst()
				.map(date -> candidate(date, labelled.row(), confidence));
			if (right.isPresent()) {
				return right;
			}
			if (labelled.next() != null && onRow.isEmpty()) {
				int under = labelled.underLabel();
				List<FoundDate> belowDates = dates(labelled.next());
				Optional<Candidate<LocalDate>> below = belowDates.stream()
					.filter(date -> date.end() > under)
					.findFirst()
					.or(() -> belowDates.stream().findFirst())
					.map(date -> candidate(date, labelled.next(), confidence * ROW_BELOW / SAME_ROW));
				if (below.isPresent()) {
					return below;
				}
			}
			Optional<Candidate<LocalDate>> above = above(labelled, confidence);
			if (onRow.isEmpty() && above.isPresent()) {
				return above;
			}
		}
		return Optional.empty();
	}

	/**
	 * A date standing over a label that has none right of or under it: OCR puts a scanned label
	 * a little lower than its value, in the row after it. Only a date level with the label counts.
	 */
	private Optional<Candidate<LocalDate>> above(LabelledRow labelled, double confidence) {
		DocumentText.Row previous = previous(labelled.row());
		if (previous == null) {
			return Optional.empty();
		}
		int[] line = labelled.row().lineAround(labelled.labelStart());
		String label = labelled.row().text().substring(line[0], line[1]);
		if (!label.strip().equalsIgnoreCase(labelled.row().text().substring(labelled.labelStart(), labelled.labelEnd()).strip())) {
			return Optional.empty();
		}
		LabelledRow upwards = new LabelledRow(labelled.row(), labelled.labelStart(), labelled.labelEnd(), previous);
		int under = upwards.underLabel();
		return dates(previous).stream()
			.filter(date -> previous.lineAround(date.start())[0] == under && under > 0)
			.findFirst()
			.map(date -> candidate(date, previous, confidence * ABOVE / SAME_ROW));
	}

	private DocumentText.Row previous(DocumentText.Row row) {
		List<DocumentText.Row> rows = text.rows();
		int at = rows.indexOf(row);
		return at > 0 && rows.get(at - 1).page() == row.page() ? rows.get(at - 1) : null;
	}

	/**
	 * Whether a denying word stands in the label or between it and the first digit after it:
	 * "Date limite de paiement le 05 Juillet" is a due date; in "Invoice Date: 01/02/2023 Due Date:"
	 * the "Due" speaks of the next date.
	 */
	private static boolean deniedBeforeValue(Pattern unless, LabelledRow labelled) {
		String row = labelled.row().text();
		int value = labelled.labelEnd();
		while (value < row.length() && !Character.isDigit(row.charAt(value))) {
			value++;
		}
		Matcher denial = unless.matcher(row).region(0, value);
		while (denial.find()) {
			if (denial.end() > labelled.labelStart() - 12) {
				return true;
			}
		}
		return false;
	}

	private Optional<Candidate<LocalDate>> firstDate() {
		for (DocumentText.Row row : text.rowsOfPage(1)) {
			if (Keywords.NOT_INVOICE_DATE.matcher(row.text()).find()) {
				continue;
			}
			List<FoundDate> dates = dates(row);
			if (!dates.isEmpty()) {
				return Optional.of(candidate(dates.get(0), row, FIRST_DATE));
			}
		}
		return Optional.empty();
	}

	private List<FoundDate> dates(DocumentText.Row row) {
		return Dates.find(row.text(), conventions.dateOrder());
	}

	private static Candidate<LocalDate> candidate(FoundDate date, DocumentText.Row row, double confidence) {
		return new Candidate<>(date.value(), row.text().substring(date.start(), date.end()), row, date.start(), date.end(),
				confidence);
	}

}
