package io.invoiceocr.document;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The status machine as PostgreSQL enforces it (migration V8) against its Java side, {@link OcrStatus}:
 * the same moves, refused for any statement, a forced move only where it is asked for.
 */
@IntegrationTest
class StatusMachineIT {

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
	void reset() {
		data.reset();
	}

	@Test
	void theTableOfMovesHoldsExactlyTheMovesOfOcrStatus() {
		// when
		List<StatusMove> rows = jdbc.query("SELECT from_status, to_status, forced_only FROM ocr_status_move",
				(rs, i) -> new StatusMove(rs.getString(1) == null ? null : OcrStatus.valueOf(rs.getString(1)),
						OcrStatus.valueOf(rs.getString(2)), rs.getBoolean(3)));

		// then
		assertThat(rows).containsExactlyInAnyOrderElementsOf(OcrStatus.MOVES);
	}

	@Test
	void theDatabaseAcceptsExactlyTheMovesOcrStatusAllows() {
		// given a document in each status, each reached through legal moves
		Map<OcrStatus, String> inStatus = new EnumMap<>(OcrStatus.class);
		for (OcrStatus status : OcrStatus.values()) {
			inStatus.put(status, documentIn(status, "doc-" + status.name().toLowerCase()));
		}

		// when every status is tried as a start and every pair as a move, forced and not (each rolled back)
		Set<StatusMove> accepted = new HashSet<>();
		Set<OcrStatus> sameStatusRefused = new HashSet<>();
		for (OcrStatus to : OcrStatus.values()) {
			if (tryInsert("new-doc", to).isEmpty()) {
				accepted.add(new StatusMove(null, to, false));
			}
			for (OcrStatus from : OcrStatus.values()) {
				boolean unforced = tryUpdate(inStatus.get(from), to, false).isEmpty();
				boolean forced = tryUpdate(inStatus.get(from), to, true).isEmpty();
				if (from == to) {
					if (!unforced) {
						sameStatusRefused.add(from);
					}
				}
				else if (forced) {
					accepted.add(new StatusMove(from, to, !unforced));
				}
			}
		}

		// then they are the moves of OcrStatus; writing a row without changing its status is no move
		assertThat(accepted).containsExactlyInAnyOrderElementsOf(OcrStatus.MOVES);
		assertThat(sameStatusRefused).isEmpty();
		assertThat(documents.findByIds(inStatus.values())).allSatisfy(
				document -> assertThat(inStatus.get(document.status())).isEqualTo(document.id()));
	}

	@Test
	void aRawUpdateOfACompletedDocumentToProcessingIsRefusedAsAWholeAndChangesNothing() {
		// given a COMPLETED document and a PENDING one
		String completed = documentIn(OcrStatus.COMPLETED, "doc-done");
		String pending = documentIn(OcrStatus.PENDING, "doc-waiting");

		// when one set-based statement moves both to PROCESSING
		assertThatThrownBy(() -> jdbc.update("UPDATE ocr_document SET ocr_status = 'PROCESSING' WHERE id IN (?, ?)",
				completed, pending))
			// then the database refuses it, naming the document and the move
			.isInstanceOfSatisfying(IllegalStatusTransitionException.class, refused -> {
				assertThat(refused).hasMessage("document doc-done cannot move from COMPLETED to PROCESSING");
				assertThat(refused.documentId()).isEqualTo(completed);
				assertThat(refused.from()).isEqualTo(OcrStatus.COMPLETED);
				assertThat(refused.to()).isEqualTo(OcrStatus.PROCESSING);
			})
			.cause()
			.isInstanceOfSatisfying(SQLException.class,
					cause -> assertThat(cause.getSQLState()).isEqualTo(IllegalStatusTransitionException.SQL_STATE));
		// and the legal half of the statement did not happen either
		assertThat(documents.findById(completed)).get().extracting(OcrDocument::status).isEqualTo(OcrStatus.COMPLETED);
		assertThat(documents.findById(pending)).get().extracting(OcrDocument::status).isEqualTo(OcrStatus.PENDING);
	}

	@Test
	void aMoveAllowedOnlyWhenForcedIsRefusedWithoutTheForceAndSaysSo() {
		// given a COMPLETED document
		String completed = documentIn(OcrStatus.COMPLETED, "doc-done");

		// when it is put back to PENDING without the force
		assertThatThrownBy(() -> jdbc.update("UPDATE ocr_document SET ocr_status = 'PENDING' WHERE id = ?", completed))
			// then
			.isInstanceOf(IllegalStatusTransitionException.class)
			.hasMessage("document doc-done cannot move from COMPLETED to PENDING")
			.rootCause()
			.hasMessageContaining("only a forced move may")
			.hasMessageContaining("invoiceocr.force_status");
		assertThat(documents.findById(completed)).get().extracting(OcrDocument::status).isEqualTo(OcrStatus.COMPLETED);
	}

	@Test
	void aNewDocumentCanOnlyStartAsPending() {
		// when a document is inserted as COMPLETED
		assertThatThrownBy(() -> jdbc.update("INSERT INTO ocr_document (id, bucket, object_key, source, ocr_status) "
				+ "VALUES ('doc-x', 'invoices', 'raw-invoices/x.pdf', 'SQS', 'COMPLETED')"))
			// then
			.isInstanceOfSatisfying(IllegalStatusTransitionException.class, refused -> {
				assertThat(refused).hasMessage("document doc-x cannot start as COMPLETED");
				assertThat(refused.from()).isNull();
				assertThat(refused.to()).isEqualTo(OcrStatus.COMPLETED);
			});
		assertThat(documents.findById("doc-x")).isEmpty();
	}

	@Test
	void aForcedTransitionForcesOnlyItsOwnStatement() {
		// given two COMPLETED documents
		String forced = documentIn(OcrStatus.COMPLETED, "doc-forced");
		String other = documentIn(OcrStatus.COMPLETED, "doc-other");

		// when one transaction forces the first back to PENDING, then moves the second without force
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			statuses.forceTransition(forced, OcrStatus.PENDING, "model upgrade", 9L);
			assertThat(documents.findById(forced)).get().extracting(OcrDocument::status).isEqualTo(OcrStatus.PENDING);
			jdbc.update("UPDATE ocr_document SET ocr_status = 'PENDING' WHERE id = ?", other);
		}))
			// then the second move is refused, and the transaction with it
			.isInstanceOf(IllegalStatusTransitionException.class)
			.hasMessage("document doc-other cannot move from COMPLETED to PENDING");
		assertThat(documents.findByIds(List.of(forced, other))).extracting(OcrDocument::status)
			.containsOnly(OcrStatus.COMPLETED);
		// and a transaction that forced nothing is not forced by a pooled connection's earlier one
		transaction.executeWithoutResult(status -> statuses.forceTransition(forced, OcrStatus.PENDING, "upgrade", 9L));
		assertThatThrownBy(() -> jdbc.update("UPDATE ocr_document SET ocr_status = 'PENDING' WHERE id = ?", other))
			.isInstanceOf(IllegalStatusTransitionException.class);
	}

	/** Stages a document and walks it to {@code status} through legal moves. */
	private String documentIn(OcrStatus status, String id) {
		transaction.executeWithoutResult(tx -> documents.stage(List.of(new NewDocument(id, "invoices",
				"raw-invoices/" + id + ".pdf", null, null, 10L, null, DocumentSource.SQS, null, "m-" + id)), 1L));
		if (status != OcrStatus.PENDING) {
			statuses.transition(id, OcrStatus.PROCESSING, "claimed", 2L);
		}
		if (status == OcrStatus.COMPLETED || status == OcrStatus.FAILED) {
			statuses.transition(id, status, status == OcrStatus.FAILED ? "unreadable" : "processed", 2L);
		}
		return id;
	}

	private Optional<IllegalStatusTransitionException> tryUpdate(String id, OcrStatus to, boolean forced) {
		return rolledBack(() -> {
			if (forced) {
				jdbc.queryForObject("SELECT set_config('invoiceocr.force_status', 'on', true)", String.class);
			}
			jdbc.update("UPDATE ocr_document SET ocr_status = ? WHERE id = ?", to.name(), id);
		});
	}

	private Optional<IllegalStatusTransitionException> tryInsert(String id, OcrStatus status) {
		return rolledBack(() -> jdbc.update("INSERT INTO ocr_document (id, bucket, object_key, source, ocr_status) "
				+ "VALUES (?, 'invoices', ?, 'SQS', ?)", id, "raw-invoices/" + id + ".pdf", status.name()));
	}

	private Optional<IllegalStatusTransitionException> rolledBack(Runnable statements) {
		return transaction.execute(tx -> {
			tx.setRollbackOnly();
			try {
				statements.run();
				return Optional.empty();
			}
			catch (IllegalStatusTransitionException refused) {
				return Optional.of(refused);
			}
		});
	}

}
