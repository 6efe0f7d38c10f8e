package io.invoiceocr.console.document;

import io.invoiceocr.console.Times;
import io.invoiceocr.document.StatusTransition;

/** One row of a document's audit trail, as shown. */
record TransitionView(String at, String from, String to, String reason, Long run) {

	static TransitionView of(StatusTransition transition) {
		return new TransitionView(Times.format(transition.occurredAt()),
				transition.from() == null ? "" : transition.from().name(), transition.to().name(), transition.reason(),
				transition.jobExecutionId());
	}

}
