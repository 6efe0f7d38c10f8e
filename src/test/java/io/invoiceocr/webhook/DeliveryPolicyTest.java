package io.invoiceocr.webhook;

import java.time.Duration;
import java.time.Instant;

import io.invoiceocr.webhook.DeliveryPolicy.Attempt;
import io.invoiceocr.webhook.DeliveryPolicy.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What happens to a webhook row after each attempt. */
class DeliveryPolicyTest {

	private static final Instant CREATED = Instant.parse("2026-11-29T10:00:00Z");

	private final DeliveryPolicy policy = new DeliveryPolicy(5, Duration.ofDays(1), Duration.ofSeconds(30),
			Duration.ofMinutes(30));

	@Test
	void aTwoHundredIsDelivered() {
		assertThat(policy.decide(Attempt.answered(204, ""), 1, CREATED, CREATED, () -> 0.5))
			.isInstanceOf(Decision.Delivered.class);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 408, 429, 500, 502, 503 })
	void timeoutsThrottlingAndServerErrorsAreRetriedLater(int status) {
		Decision decision = policy.decide(new Attempt(status, "status " + status), 1, CREATED, CREATED, () -> 0.5);

		assertThat(decision).isEqualTo(new Decision.Retry(CREATED.plusSeconds(15)));
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 403, 404, 410, 422 })
	void otherClientErrorsAreDeadAtOnce(int status) {
		Decision decision = policy.decide(Attempt.answered(status, "{\"error\":\"unknown document\"}"), 1, CREATED, CREATED,
				() -> 0.5);

		assertThat(decision).isInstanceOfSatisfying(Decision.Dead.class, dead -> assertThat(dead.reason())
			.contains("HTTP " + status, "unknown document", "not retried"));
	}

	@Test
	void theWaitDoublesUpToItsCapWithJitterBelowIt() {
		assertThat(policy.backoff(1, () -> 0.999)).isBetween(Duration.ofSeconds(29), Duration.ofSeconds(30));
		assertThat(policy.backoff(3, () -> 0.999)).isBetween(Duration.ofSeconds(119), Duration.ofSeconds(120));
		assertThat(policy.backoff(20, () -> 0.999)).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30));
		assertThat(policy.backoff(3, () -> 0.0)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void aRowIsDeadAfterItsLastAttemptOrWhenTooOld() {
		assertThat(policy.decide(Attempt.answered(503, ""), 5, CREATED, CREATED, () -> 0.5))
			.isInstanceOfSatisfying(Decision.Dead.class, dead -> assertThat(dead.reason()).contains("after 5 attempts"));
		assertThat(policy.decide(Attempt.noAnswer("connection refused"), 2, CREATED, CREATED.plus(Duration.ofHours(23).plusMinutes(59).plusSeconds(30)),
				() -> 0.9))
			.isInstanceOfSatisfying(Decision.Dead.class, dead -> assertThat(dead.reason()).contains("connection refused"));
	}

}
