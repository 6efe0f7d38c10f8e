package io.invoiceocr.ingest;

import java.util.Objects;

import io.invoiceocr.document.DocumentSource;

/**
 * A message as it arrived, before anything is understood of it.
 *
 * @param source        SQS or HTTP
 * @param messageId     the transport's message id (SQS MessageId, SNS MessageId, EventBridge id)
 * @param receiptHandle the SQS receipt handle needed to delete it; {@code null} for HTTP
 * @param body          the body, verbatim
 */
public record InboundMessage(DocumentSource source, String messageId, String receiptHandle, String body) {

	public InboundMessage {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(messageId, "messageId");
		body = body == null ? "" : body;
	}

}
