package io.invoiceocr.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.invoiceocr.ingest.event.ObjectEvent;
import io.invoiceocr.ingest.event.ParsedMessage;

/**
 * A message after it was understood: which objects to stage, which removals to record and, if
 * anything in it cannot be used, the reason to keep it in {@code ingest_reject}.
 *
 * @param message  the message as it arrived
 * @param parsed   what the body turned out to be
 * @param toStage  created objects in a configured bucket and prefix
 * @param removals removed objects in a configured bucket and prefix
 * @param rejectReasons why (parts of) the message were not used; empty when all of it was
 */
public record TriagedMessage(InboundMessage message, ParsedMessage parsed, List<ObjectEvent> toStage,
		List<ObjectEvent> removals, List<String> rejectReasons) {

	public TriagedMessage {
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(parsed, "parsed");
		toStage = List.copyOf(toStage);
		removals = List.copyOf(removals);
		rejectReasons = List.copyOf(rejectReasons);
	}

	public boolean rejected() {
		return !rejectReasons.isEmpty();
	}

	public String rejectReason() {
		return String.join("; ", rejectReasons);
	}

	public TriagedMessage withRejectReason(String reason) {
		List<String> reasons = new ArrayList<>(rejectReasons);
		reasons.add(reason);
		return new TriagedMessage(message, parsed, toStage, removals, reasons);
	}

}
