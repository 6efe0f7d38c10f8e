package io.invoiceocr.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

/**
 * What to do after a delivery attempt, as the webhook contract says: a 2xx answer is delivered;
 * 408, 429, 5xx, a timeout or a broken connection are retried with exponential backoff and full
 * jitter (so that many documents failing together do not retry together); any other 4xx is dead at
 * once, the receiver having refused the request itself; and a row is dead after {@code maxAttempts}
 * attempts or when it is older than {@code maxAge}.
 *
 * @param maxAttempts    attempts before a row is dead
 * @param maxAge         age after which a row is dead, whatever its attempts
 * @param initialBackoff the wait after the first failed attempt, before jitter
 * @param maxBackoff     the longest wait between attempts
 */
public record DeliveryPolicy(int maxAttempts, Duration maxAge, Duration initialBackoff, Duration maxBackoff) {

	/** How an attempt ended: an HTTP status, or no answer at all (status 0: timeout, connection refused or broken). */
	public record Attempt(int status, String detail) {

		public static Attempt answered(int status, String body) {
			return new Attempt(status, "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + abbreviate(body)));
		}

		public static Attempt noAnswer(String why) {
			return new Attempt(0, why);
		}

		private static String abbreviate(String body) {
			String line = body.replaceAll("\\s+", " ").strip();
			return line.length() <= 200 ? line : line.substring(0, 200) + "...";
		}

	}

	/** The verdict on a row after an attempt. */
	public sealed interface Decision {

		record Delivered() implements Decision {
		}

		record Retry(Instant at) implements Decision {
		}

		record Dead(String reason) implements Decision {
		}

	}

	public DeliveryPolicy {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
		}
	}

	/**
	 * @param attempts  attempts made, this one included
	 * @param createdAt when the row was written
	 * @param random    a number in [0, 1) for the jitter
	 */
	public Decision decide(Attempt attempt, int attempts, Instant createdAt, Instant now, DoubleSupplier random) {
		int status = attempt.status();
		if (status >= 200 && status < 300) {
			return new Decision.Delivered();
		}
		boolean retryable = status == 0 || status == 408 || status == 429 || status >= 500;
		if (!retryable) {
			return new Decision.Dead("the receiver refused the request (" + attempt.detail() + "); it is not retried");
		}
		if (attempts >= maxAttempts) {
			return new Decision.Dead("no delivery after " + attempts + " attempts; the last: " + attempt.detail());
		}
		Instant next = now.plus(backoff(attempts, random));
		if (Duration.between(createdAt, next).compareTo(maxAge) > 0) {
			return new Decision.Dead("no delivery within " + maxAge + "; the last attempt: " + attempt.detail());
		}
		return new Decision.Retry(next);
	}

	/** Exponential backoff with full jitter: a random wait up to {@code initial x 2^(attempts-1)}, capped. */
	Duration backoff(int attempts, DoubleSupplier random) {
		double ceiling = Math.min(maxBackoff.toMillis(), initialBackoff.toMillis() * Math.pow(2, Math.min(30, attempts - 1)));
		return Duration.ofMillis(Math.max(1000, (long) (ceiling * random.getAsDouble())));
	}

}
