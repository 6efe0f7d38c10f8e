package io.invoiceocr.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Confirms an SNS subscription by visiting its SubscribeURL, the way SNS documents for HTTP(S)
 * endpoints and for SQS queues subscribed from another account. Only hosts matching the
 * configured pattern (by default SNS itself) are visited, so a message cannot make the service
 * call an arbitrary URL.
 */
@Component
public class SnsSubscriptionConfirmer {

	private static final Logger log = LoggerFactory.getLogger(SnsSubscriptionConfirmer.class);

	private final Pattern allowedHost;

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

	private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

	private static final String BY_HAND = "confirm the subscription in the SNS console (Subscriptions, Confirm"
			+ " subscription) or by visiting the SubscribeURL of the message kept here, within three days of its Timestamp";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

	public SnsSubscriptionConfirmer(IngestProperties properties) {
		this.allowedHost = Pattern.compile(properties.snsSubscribeUrlPattern());
	}

	/**
	 * @return {@code null} when confirmed, else the reason it was not: what failed, and how to
	 *         confirm by hand (the URL stays valid for three days)
	 */
	public String confirm(String topicArn, String subscribeUrl) {
		URI uri;
		try {
			uri = URI.create(subscribeUrl);
		}
		catch (IllegalArgumentException ex) {
			return "SubscribeURL is not a URL: " + subscribeUrl;
		}
		if (uri.getHost() == null || !allowedHost.matcher(uri.getHost()).matches()) {
			return "SubscribeURL host '" + uri.getHost() + "' does not match invoice-ocr.ingest.sns-subscribe-url-pattern";
		}
		String where = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
		try {
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).timeout(ANSWER_TIMEOUT).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() / 100 != 2) {
				return where + " answered HTTP " + response.statusCode() + " to the subscription confirmation"
						+ " (the token expires after three days); " + BY_HAND;
			}
			log.info("Confirmed SNS subscription to {}", topicArn);
			return null;
		}
		catch (IOException ex) {
			return "could not reach SubscribeURL host " + where + ": " + HttpFailures.describe(ex, CONNECT_TIMEOUT, ANSWER_TIMEOUT) + "; " + BY_HAND;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted while confirming the subscription; " + BY_HAND;
		}
	}

}
