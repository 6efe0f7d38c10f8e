package io.invoiceocr.ingest.event;

import static io.invoiceocr.ingest.event.JsonMembers.text;

import io.invoiceocr.ingest.event.ParsedMessage.Malformed;
import io.invoiceocr.ingest.event.ParsedMessage.SubscriptionConfirmation;
import io.invoiceocr.ingest.event.ParsedMessage.UnsubscribeConfirmation;
import tools.jackson.databind.JsonNode;

/**
 * The SNS envelope (SQS subscription without raw delivery, or HTTP push): a notification carrying
 * the event in its {@code Message}, or a subscription or unsubscribe confirmation.
 */
final class SnsMessageParser {

	private SnsMessageParser() {
	}

	static ParsedMessage parse(JsonNode root, EnclosedBodyParser bodies) {
		String type = text(root, "Type");
		String topicArn = text(root, "TopicArn");
		return switch (String.valueOf(type)) {
			case "Notification" -> notification(root, bodies);
			case "SubscriptionConfirmation" -> subscriptionConfirmation(topicArn, text(root, "SubscribeURL"));
			case "UnsubscribeConfirmation" -> new UnsubscribeConfirmation(topicArn);
			default -> new Malformed("unsupported SNS message type " + type);
		};
	}

	/** Without the URL there is no way to confirm, so the message is of no use. */
	private static ParsedMessage subscriptionConfirmation(String topicArn, String subscribeUrl) {
		if (subscribeUrl == null) {
			return new Malformed("SNS SubscriptionConfirmation has no SubscribeURL");
		}
		return new SubscriptionConfirmation(topicArn, subscribeUrl);
	}

	/** The S3 message travels as a JSON document inside the string {@code Message}. */
	private static ParsedMessage notification(JsonNode root, EnclosedBodyParser bodies) {
		String message = text(root, "Message");
		if (message == null) {
			return new Malformed("SNS notification has no Message");
		}
		return bodies.parse(message, "SNS notification Message", Envelope.SNS);
	}

}
