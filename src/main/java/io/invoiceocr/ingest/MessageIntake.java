package io.invoiceocr.ingest;

import io.invoiceocr.ingest.event.ParsedMessage;

import org.springframework.stereotype.Component;

/**
 * Takes in one message, from the queue or from HTTP: triage it and, when SNS asks to confirm a
 * subscription (an HTTPS endpoint, or a queue subscribed from another account), confirm it. A
 * confirmation that fails is kept in {@code ingest_reject} with the reason, like any message that
 * could not be used. Runs outside the staging transaction: it only reads and calls out.
 */
@Component
public class MessageIntake {

	private final MessageTriage triage;

	private final SnsSubscriptionConfirmer confirmer;

	public MessageIntake(MessageTriage triage, SnsSubscriptionConfirmer confirmer) {
		this.triage = triage;
		this.confirmer = confirmer;
	}

	public TriagedMessage process(InboundMessage message) {
		TriagedMessage triaged = triage.triage(message);
		if (triaged.parsed() instanceof ParsedMessage.SubscriptionConfirmation confirmation) {
			String problem = confirmer.confirm(confirmation.topicArn(), confirmation.subscribeUrl());
			if (problem != null) {
				return triaged.withRejectReason("SNS subscription not confirmed: " + problem);
			}
		}
		return triaged;
	}

}
