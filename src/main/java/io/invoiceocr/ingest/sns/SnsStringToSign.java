package io.invoiceocr.ingest.sns;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The text SNS signs, built as AWS documents it ("Verifying the signatures of Amazon SNS
 * messages"): for each of the fields of the message type, in this byte-wise sorted order, its
 * name, a newline, its value, a newline. {@code Subject} is included only when the message has one.
 */
final class SnsStringToSign {

	private static final List<String> NOTIFICATION = List.of("Message", "MessageId", "Subject", "Timestamp",
			"TopicArn", "Type");

	private static final List<String> SUBSCRIPTION = List.of("Message", "MessageId", "SubscribeURL", "Timestamp",
			"Token", "TopicArn", "Type");

	private SnsStringToSign() {
	}

	/**
	 * @return the string to sign
	 * @throws IllegalArgumentException with a reason when the message type is unknown or a field
	 *         the signature covers is missing
	 */
	static String of(JsonNode message) {
		String type = string(message, "Type");
		List<String> fields = switch (String.valueOf(type)) {
			case "Notification" -> NOTIFICATION;
			case "SubscriptionConfirmation", "UnsubscribeConfirmation" -> SUBSCRIPTION;
			default -> throw new IllegalArgumentException("SNS message type " + type + " has no documented signature");
		};
		StringBuilder text = new StringBuilder();
		for (String field : fields) {
			String value = string(message, field);
			if (value == null) {
				if (field.equals("Subject")) {
					continue;
				}
				throw new IllegalArgumentException(
						"SNS " + type + " has no " + field + ", which its signature covers");
			}
			text.append(field).append('\n').append(value).append('\n');
		}
		return text.toString();
	}

	/** The value exactly as sent (the signature covers it byte for byte), {@code null} when absent or not text. */
	static String string(JsonNode message, String field) {
		JsonNode value = message.path(field);
		return value.isString() ? value.stringValue() : null;
	}

}
