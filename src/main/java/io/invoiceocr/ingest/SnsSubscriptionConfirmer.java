package io.invoiceocr.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.regex.Pattern;

import javax.net.ssl.SSLException;

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
			return "could not reach SubscribeURL host " + where + ": " + failure(ex) + "; " + BY_HAND;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted while confirming the subscription; " + BY_HAND;
		}
	}

	/**
	 * What went wrong, in words: the HTTP client's exceptions often have no message of their own
	 * (a refused connection is a ConnectException without one), so the kind of failure is named.
	 */
	static String failure(IOException ex) {
		if (ex instanceof HttpConnectTimeoutException) {
			return "no connection within " + CONNECT_TIMEOUT.toSeconds() + " s (connect timed out)";
		}
		if (ex instanceof HttpTimeoutException) {
			return "no answer within " + ANSWER_TIMEOUT.toSeconds() + " s (timed out)";
		}
		if (causedBy(ex, UnresolvedAddressException.class) || causedBy(ex, UnknownHostException.class)) {
			return "the host name could not be resolved";
		}
		if (causedBy(ex, SSLException.class)) {
			return "the TLS handshake failed (" + detail(ex) + ")";
		}
		if (ex instanceof ConnectException || causedBy(ex, ConnectException.class)) {
			return "connection refused";
		}
		return "the connection failed (" + detail(ex) + ")";
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> kind) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (kind.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	/** The first message along the causes, else the kind of failure. */
	private static String detail(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
				return cause.getMessage();
			}
		}
		return "no detail given";
	}

}
