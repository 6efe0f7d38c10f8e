package io.invoiceocr.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Sends one webhook: {@code POST} of the JSON payload with {@code Idempotency-Key} and the
 * signature header, through Spring's {@link RestClient} (so that Boot's builder records
 * {@code http.client.requests}). Any answer is reported as it came; a timeout or a connection
 * failure is an attempt without answer, never an exception.
 */
public class WebhookSender {

	static final String SIGNATURE_HEADER = "Invoice-OCR-Signature";

	private final RestClient http;

	private final URI url;

	private final WebhookSignature signature;

	private final Duration timeout;

	private final Clock clock;

	/** The sender to the receiver the settings name, or null when none is named: events then wait in the outbox. */
	static WebhookSender toTarget(WebhookTarget target, Duration timeout, Clock clock, RestClient.Builder restClient) {
		if (!target.configured()) {
			return null;
		}
		return new WebhookSender(target.url(), new WebhookSignature(target.secret()), timeout, clock, restClient);
	}

	public WebhookSender(URI url, WebhookSignature signature, Duration timeout, Clock clock,
			RestClient.Builder restClient) {
		this.url = url;
		this.signature = signature;
		this.timeout = timeout;
		this.clock = clock;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(httpVersion(url))
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
		requests.setReadTimeout(timeout);
		this.http = restClient.requestFactory(requests).build();
	}

	/**
	 * HTTP/1.1 for {@code http://}: the JDK client otherwise asks a plain connection to upgrade to
	 * HTTP/2 ({@code Upgrade: h2c}), and servers such as Next.js drop such requests without an answer.
	 * Over {@code https://} HTTP/2 is offered in the TLS handshake and used only when the server
	 * picks it, so asking costs nothing.
	 */
	static HttpClient.Version httpVersion(URI url) {
		return "https".equalsIgnoreCase(url.getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1;
	}

	/** The longest one attempt can take: the connection, then the answer. */
	public Duration attemptLimit() {
		return timeout.multipliedBy(2);
	}

	public DeliveryPolicy.Attempt send(OutboxRow row) {
		try {
			return http.post()
				.uri(url)
				.contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", row.idempotencyKey())
				.header(SIGNATURE_HEADER, signature.header(row.payload(), clock.instant()))
				.body(row.payload().getBytes(StandardCharsets.UTF_8))
				.exchange((request, response) -> DeliveryPolicy.Attempt.answered(response.getStatusCode().value(),
						new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
		}
		catch (ResourceAccessException ex) {
			if (Thread.currentThread().isInterrupted()) {
				return DeliveryPolicy.Attempt.noAnswer("interrupted while sending");
			}
			if (causedBy(ex, HttpTimeoutException.class)) {
				return DeliveryPolicy.Attempt.noAnswer("no answer within " + timeout);
			}
			Throwable cause = ex.getCause() == null ? ex : ex.getCause();
			return DeliveryPolicy.Attempt.noAnswer("could not reach " + url + ": " + cause);
		}
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
