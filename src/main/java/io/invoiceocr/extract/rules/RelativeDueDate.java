package io.invoiceocr.extract.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.normalize.Dates;
import io.invoiceocr.extract.normalize.FoundDate;

/**
 * A due date that no label names: a date the payment is asked by in a sentence ("Règlement par
 * virement avant le 05/03/2023", "bitte bis zum 08.01.2025 überweisen"), or a term of days after
 * the invoice date ("zahlbar innerhalb 14 Tagen", "Net 30"), counted from the invoice date.
 */
final class RelativeDueDate {

	private static final double PAY_BY = 0.65;

	private static final double AFTER_TERM = 0.6;

	/** How far a date may stand after "bis zum", "avant le": a weekday, a comma. */
	private static final int PAY_BY_REACH = 12;

	private final DocumentText text;

	private final Conventions conventions;

	RelativeDueDate(DocumentText text, Conventions conventions) {
		this.text = text;
		this.conventions = conventions;
	}

	/** The first date of a payment sentence that follows "by", "bis zum", "avant le". */
	Optional<Candidate<LocalDate>> payBy() {
		for (DocumentText.Row row : text.rows()) {
			if (!DueDateLabels.PAYMENT.matcher(row.text()).find()) {
				continue;
			}
			Matcher by = DueDateLabels.PAY_BY.matcher(row.text());
			while (by.find()) {
				int end = by.end();
				for (FoundDate date : Dates.find(row.text(), conventions.dateOrder())) {
					if (date.start() >= end && date.start() - end <= PAY_BY_REACH) {
						return Optional.of(new Candidate<>(date.value(), row.text().substring(date.start(), date.end()), row,
								date.start(), date.end(), PAY_BY));
					}
				}
			}
		}
		return Optional.empty();
	}

	/** The invoice date plus the days of the first payment term printed. */
	Optional<Candidate<LocalDate>> afterTerm(Candidate<LocalDate> issued) {
		for (DocumentText.Row row : text.rows()) {
			Optional<PaymentTerms.Term> term = PaymentTerms.in(row.text());
			if (term.isPresent()) {
				PaymentTerms.Term found = term.get();
				return Optional.of(new Candidate<>(issued.value().plusDays(found.days()),
						row.text().substring(found.start(), found.end()), row, found.start(), found.end(), AFTER_TERM));
			}
		}
		return Optional.empty();
	}

}
