package io.invoiceocr.ingest.event;

import java.util.List;

/**
 * What a message body turned out to be. Every body parses into exactly one of these; nothing
 * throws, so that a bad message can be kept with its reason instead of failing a run.
 */
public sealed interface ParsedMessage {

	/** One or more object events (S3 notification, possibly inside SNS, or EventBridge). */
	record ObjectEvents(List<ObjectEvent> events) implements ParsedMessage {
		public ObjectEvents {
			events = List.copyOf(events);
		}
	}

	/** {@code s3:TestEvent}, sent by S3 when a notification is configured: acknowledged and dropped. */
	record TestEvent(String bucket) implements ParsedMessage {
	}

	/** SNS asks the endpoint to confirm a subscription by visiting {@code subscribeUrl}. */
	record SubscriptionConfirmation(String topicArn, String subscribeUrl) implements ParsedMessage {
	}

	/** SNS tells that a subscription ended; nothing to do. */
	record UnsubscribeConfirmation(String topicArn) implements ParsedMessage {
	}

	/** The body could not be understood; {@code reason} says why in words a person understands. */
	record Malformed(String reason) implements ParsedMessage {
	}

}
