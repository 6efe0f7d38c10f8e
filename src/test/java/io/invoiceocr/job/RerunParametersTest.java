package io.invoiceocr.job;

import java.time.Instant;
import java.util.List;

import io.invoiceocr.document.DocumentClaims.FailedSelection;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RerunParametersTest {

	private final RerunParameters validator = new RerunParameters();

	@Test
	void everyCriterionIsReadIntoTheSelection() {
		JobParameters parameters = new JobParametersBuilder().addString("failedSince", "2024-06-01")
			.addString("errorContains", " no answer within ")
			.addString("documentIds", "doc-1, doc-2,,doc-3 ")
			.addString("maxAttempts", "3")
			.toJobParameters();

		FailedSelection selection = RerunParameters.toSelection(parameters);

		assertThat(selection).isEqualTo(new FailedSelection(Instant.parse("2024-06-01T00:00:00Z"), "no answer within",
				List.of("doc-1", "doc-2", "doc-3"), 3));
	}

	@Test
	void allChoosesEveryFailedDocument() {
		FailedSelection selection = RerunParameters
			.toSelection(new JobParametersBuilder().addString("all", "true").toJobParameters());

		assertThat(selection).isEqualTo(new FailedSelection(null, null, null, null));
	}

	@Test
	void aReRunWithoutAChoiceOrWithAMalformedValueIsRefusedWithTheUsage() {
		assertThatThrownBy(() -> validator.validate(new JobParameters()))
			.isInstanceOf(InvalidJobParametersException.class)
			.hasMessageContaining("choose the FAILED documents")
			.hasMessageContaining("Usage:");
		assertThatThrownBy(() -> validator.validate(new JobParametersBuilder().addString("all", "yes").toJobParameters()))
			.hasMessageContaining("'all' must be true or false");
		assertThatThrownBy(
				() -> validator.validate(new JobParametersBuilder().addString("failedSince", "last week").toJobParameters()))
			.hasMessageContaining("'failedSince' is not an ISO date");
		assertThatThrownBy(() -> validator.validate(new JobParametersBuilder().addString("maxAttempts", "0").toJobParameters()))
			.hasMessageContaining("'maxAttempts' must be a whole number of at least 1");
		assertThatThrownBy(() -> validator.validate(new JobParametersBuilder().addString("documentId", "doc-1").toJobParameters()))
			.hasMessageContaining("unknown parameters [documentId]");
	}

	@Test
	void aJobRefusesParametersItDoesNotKnow() {
		KnownParameters deliver = new KnownParameters("deliverWebhooksJob", java.util.Set.of("requeueDead"));

		assertThatThrownBy(() -> deliver.validate(new JobParametersBuilder().addString("requeue", "true").toJobParameters()))
			.hasMessage("deliverWebhooksJob takes only [requeueDead] (true or false), but got [requeue]");
		assertThatThrownBy(() -> deliver.validate(new JobParametersBuilder().addString("requeueDead", "1").toJobParameters()))
			.hasMessageContaining("'requeueDead' must be true or false, not '1'");
	}

}
