package io.invoiceocr.document;

import java.util.List;

import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Status changes in PostgreSQL: legal moves with their audit rows, illegal ones refused. */
@IntegrationTest
class DocumentStatusServiceIT {

	@Autowired
	TestData data;

	@Autowired
	OcrDocumentRepository documents;

	@Autowired
	DocumentStatusService statuses;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void givenAStagedDocument() {
		data.reset();
		transaction.executeWithoutResult(status -> documents.stage(List.of(new NewDocument("doc-1", "invoices",
				"raw-invoices/doc-1.pdf", null, null, 10L, null, DocumentSource.SQS, null, "m-1")), 7L));
	}

	@Test
	void walksTheHappyPathWithAnAuditRowPerStep() {
		statuses.transition("doc-1", OcrStatus.PROCESSING, "claimed", 8L);
		statuses.transition("doc-1", OcrStatus.COMPLETED, "done", 8L);

		assertThat(documents.findById("doc-1")).get().satisfies(document -> {
			assertThat(document.status()).isEqualTo(OcrStatus.COMPLETED);
			assertThat(document.attempts()).isEqualTo(1);
		});
		assertThat(statuses.history("doc-1")).extracting(StatusTransition::from, StatusTransition::to,
				StatusTransition::jobExecutionId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(null, OcrStatus.PENDING, 7L),
					org.assertj.core.groups.Tuple.tuple(OcrStatus.PENDING, OcrStatus.PROCESSING, 8L),
					org.assertj.core.groups.Tuple.tuple(OcrStatus.PROCESSING, OcrStatus.COMPLETED, 8L));
	}

	@Test
	void keepsTheFailureReasonAndAllowsARerun() {
		statuses.transition("doc-1", OcrStatus.PROCESSING, null, 8L);
		statuses.transition("doc-1", OcrStatus.FAILED, "the PDF is encrypted and no password is configured", 8L);
		assertThat(documents.findById("doc-1")).get()
			.extracting(OcrDocument::error)
			.isEqualTo("the PDF is encrypted and no password is configured");

		statuses.transition("doc-1", OcrStatus.PENDING, "re-run of failed documents", 9L);

		assertThat(documents.findById("doc-1")).get().extracting(OcrDocument::status).isEqualTo(OcrStatus.PENDING);
	}

	@Test
	void returnsAnOrphanedClaimToPending() {
		statuses.transition("doc-1", OcrStatus.PROCESSING, null, 8L);

		statuses.transition("doc-1", OcrStatus.PENDING, "run 8 died; claim released", null);

		assertThat(documents.findById("doc-1")).get().extracting(OcrDocument::status).isEqualTo(OcrStatus.PENDING);
	}

	@Test
	void refusesIllegalMovesAndLeavesNoTrace() {
		assertThatThrownBy(() -> statuses.transition("doc-1", OcrStatus.COMPLETED, null, 8L))
			.isInstanceOf(IllegalStatusTransitionException.class)
			.hasMessage("document doc-1 cannot move from PENDING to COMPLETED");

		statuses.transition("doc-1", OcrStatus.PROCESSING, null, 8L);
		statuses.transition("doc-1", OcrStatus.COMPLETED, null, 8L);
		assertThatThrownBy(() -> statuses.transition("doc-1", OcrStatus.PENDING, "re-run", 9L))
			.isInstanceOf(IllegalStatusTransitionException.class);

		assertThat(documents.findById("doc-1")).get().extracting(OcrDocument::status).isEqualTo(OcrStatus.COMPLETED);
		assertThat(statuses.history("doc-1")).hasSize(3);
	}

	@Test
	void aForcedRerunMayReopenACompletedDocument() {
		statuses.transition("doc-1", OcrStatus.PROCESSING, null, 8L);
		statuses.transition("doc-1", OcrStatus.COMPLETED, null, 8L);

		statuses.forceTransition("doc-1", OcrStatus.PENDING, "model upgrade", 9L);

		assertThat(documents.findById("doc-1")).get().extracting(OcrDocument::status).isEqualTo(OcrStatus.PENDING);
	}

	@Test
	void writesStatusAndAuditRowInOneTransaction() {
		// when a transition's surrounding transaction rolls back
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			statuses.transition("doc-1", OcrStatus.PROCESSING, null, 8L);
			throw new IllegalStateException("crash after the transition");
		})).hasMessage("crash after the transition");

		// then neither the status nor its audit row exist
		assertThat(documents.findById("doc-1")).get().extracting(OcrDocument::status).isEqualTo(OcrStatus.PENDING);
		assertThat(statuses.history("doc-1")).hasSize(1);
	}

	@Test
	void aTransitionWhoseAuditRowCannotBeWrittenDoesNotHappen() {
		// given an audit table that refuses rows
		jdbc.execute("CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN "
				+ "RAISE EXCEPTION 'audit unavailable'; END $$ LANGUAGE plpgsql");
		jdbc.execute("CREATE TRIGGER refuse_audit BEFORE INSERT ON ocr_status_transition "
				+ "FOR EACH ROW EXECUTE FUNCTION refuse_audit()");
		try {
			// when a transition is attempted on its own, outside any caller's transaction
			assertThatThrownBy(() -> statuses.transition("doc-1", OcrStatus.PROCESSING, null, 8L))
				.hasMessageContaining("audit unavailable");
		}
		finally {
			jdbc.execute("DROP TRIGGER refuse_audit ON ocr_status_transition");
			jdbc.execute("DROP FUNCTION refuse_audit()");
		}

		// then the status did not change either
		assertThat(documents.findById("doc-1")).get().extracting(OcrDocument::status).isEqualTo(OcrStatus.PENDING);
	}

	@Test
	void refusesUnknownDocuments() {
		assertThatThrownBy(() -> statuses.transition("nope", OcrStatus.PROCESSING, null, null))
			.isInstanceOf(DocumentNotFoundException.class);
	}

}
