package io.invoiceocr.ingest.event;

import static io.invoiceocr.ingest.event.JsonMembers.text;

import java.util.ArrayList;
import java.util.List;

import io.invoiceocr.ingest.event.ParsedMessage.Malformed;
import io.invoiceocr.ingest.event.ParsedMessage.ObjectEvents;
import io.invoiceocr.ingest.event.ParsedMessage.SubscriptionConfirmation;
import tools.jackson.databind.JsonNode;

/**
 * The SQS batch as Lambda receives it, forwarded by a function: each record's body parsed on its
 * own; see {@link S3EventParser} for how they are combined.
 */
final class LambdaSqsBatchParser {

	private LambdaSqsBatchParser() {
	}

	static ParsedMessage parse(JsonNode records, EnclosedBodyParser bodies) {
		List<ParsedMessage> parts = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			JsonNode sqsRecord = records.get(i);
			String what = "SQS record " + i + " body";
			if (!sqsRecord.isObject() || !"aws:sqs".equals(text(sqsRecord, "eventSource"))) {
				return new Malformed("SQS record " + i + " is not an SQS message (eventSource aws:sqs)");
			}
			if (!sqsRecord.path("body").isString()) {
				return new Malformed("SQS record " + i + " has no body");
			}
			ParsedMessage part = bodies.parse(sqsRecord.get("body").stringValue(), what, Envelope.SQS);
			if (part instanceof Malformed) {
				return part;
			}
			parts.add(part);
		}
		if (parts.size() == 1) {
			return parts.get(0);
		}
		if (parts.stream().anyMatch(SubscriptionConfirmation.class::isInstance)) {
			// one answer per message: confirming and staging cannot both be said of one batch
			return new Malformed("Lambda SQS batch of " + parts.size()
					+ " records holds an SNS SubscriptionConfirmation: send that one alone so that it can be confirmed");
		}
		List<ObjectEvent> events = parts.stream()
			.filter(ObjectEvents.class::isInstance)
			.flatMap(part -> ((ObjectEvents) part).events().stream())
			.toList();
		// only housekeeping (test events, unsubscribe confirmations): acknowledged like the first of them
		return events.isEmpty() ? parts.get(0) : new ObjectEvents(events);
	}

}
