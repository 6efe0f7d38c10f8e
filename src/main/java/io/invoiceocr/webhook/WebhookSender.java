package io.invoiceocr.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

/**
 * Sends one webhook: {@code POST} of the JSON payload with {@code Idempotency-Key} and the
 * signature header. Any answer is reported as it came; a timeout or a connection failure is an
 * attempt without answer, never an exception.
 */
public class WebhookSender {

	static final String SIGNATURE_HEADER = "Invoice-OCR-Signature";

	private final HttpClient http;

	private final URI url;

	private final WebhookSignature signature;

	private final Duration timeout;

	private final Clock clock;

	public WebhookSender(URI url, WebhookSignature signature, Duration timeout, Clock clock) {
		this.url = url;
		this.signature = signature;
		this.timeout = timeout;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	/** The longest one attempt can take: the connection, then the answer. */
	public Duration attemptLimit() {
		return timeout.multipliedBy(2);
	}

	public DeliveryPolicy.Attempt send(OutboxRow row) {
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(timeout)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", row.idempotencyKey())
			.header(SIGNATURE_HEADER, signature.header(row.payload(), clock.instant()))
			.POST(HttpRequest.BodyPublishers.ofString(row.payload()))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return DeliveryPolicy.Attempt.answered(response.statusCode(), response.body());
		}
		catch (HttpTimeoutException ex) {
			return DeliveryPolicy.Attempt.noAnswer("no answer within " + timeout);
		}
		catch (IOException ex) {
			return DeliveryPolicy.Attempt.noAnswer("could not reach " + url + ": " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return DeliveryPolicy.Attempt.noAnswer("interrupted while sending");
		}
	}

}
