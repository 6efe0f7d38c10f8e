package io.invoiceocr.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

import javax.net.ssl.SSLException;

/** Failed calls of {@link java.net.http.HttpClient}, said in words for reasons people read. */
public final class HttpFailures {

	private HttpFailures() {
	}

	/**
	 * What went wrong, in words: the HTTP client's exceptions often have no message of their own
	 * (a refused connection is a ConnectException without one), so the kind of failure is named.
	 */
	public static String describe(IOException ex, Duration connectTimeout, Duration answerTimeout) {
		if (ex instanceof HttpConnectTimeoutException) {
			return "no connection within " + connectTimeout.toSeconds() + " s (connect timed out)";
		}
		if (ex instanceof HttpTimeoutException) {
			return "no answer within " + answerTimeout.toSeconds() + " s (timed out)";
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
