package io.invoiceocr.webhook;

import java.net.URI;

/**
 * Where events go and the secret they are signed with; {@link #NONE} when no receiver is configured
 * (events then wait in the outbox).
 */
public record WebhookTarget(URI url, String secret) {

	public static final WebhookTarget NONE = new WebhookTarget(null, null);

	public boolean configured() {
		return url != null;
	}

	/** The target the settings name, checked: a url needs a secret, and must be http(s). */
	public static WebhookTarget of(WebhookProperties properties) {
		if (properties.url().isEmpty()) {
			return NONE;
		}
		URI url = URI.create(properties.url());
		if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
			throw new IllegalArgumentException(
					"invoice-ocr.webhook.url must be an http(s) URL, not '" + properties.url() + "'");
		}
		if (properties.secret().isEmpty()) {
			throw new IllegalArgumentException("invoice-ocr.webhook.url is set but invoice-ocr.webhook.secret is empty: "
					+ "set INVOICE_OCR_WEBHOOK_SECRET to the secret the receiver verifies signatures with");
		}
		return new WebhookTarget(url, properties.secret());
	}

}
