package io.invoiceocr.document;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

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
 * Every production statement that writes {@code ocr_status}, given a COMPLETED document that it selects by
 * everything but its status (the same run's claim, an expired lease, an interrupted read, its id): the
 * statement leaves the document as it is, and the move the statement makes is refused by the database
 * when it is made on that document. A statement that lost its status condition fails loudly instead of
 * throwing a result away.
 */
@IntegrationTest
class ProductionStatusMovesIT {

	private static final Duration LEASE = Duration.ofMinutes(5);

	private static final long RUN = 5L;

	@Autowired
	TestData data;

	@Autowired
	OcrDocumentRepository documents;

	@Autowired
	DocumentClaims claims;

	@Autowired
	DocumentResults results;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	private Map<String, Object> completedBefore;

	@BeforeEach
	void givenARunWithOneCompletedDocumentAndThreeStillProcessing() {
		data.reset();
		List<NewDocument> staged = IntStream.rangeClosed(1, 4)
			.mapToObj(i -> new NewDocument("doc-0" + i, "invoices", "raw-invoices/doc-0%d.pdf".formatted(i), null, null,
					10L, null, DocumentSource.SQS, Instant.parse("2024-05-01T10:00:00Z"), "m-" + i))
			.toList();
		transaction.executeWithoutResult(status -> documents.stage(staged, 1L));
		transaction.executeWithoutResult(status -> claims.claim(RUN, 1, 10, LEASE));
		transaction.executeWithoutResult(status -> results.record(new DocumentResults.Result("doc-01",
				OcrStatus.COMPLETED, "abc", "INVOICE 1", null, null, null), RUN, RUN));
		// every column a statement selects by, other than the status, matches the COMPLETED document too
		jdbc.update("UPDATE ocr_document SET claim_lease_until = now() - interval '1 minute', "
				+ "reading_since = now(), interrupted_reads = 9");
		completedBefore = row("doc-01");
	}

	@Test
	void releasingExpiredLeasesLeavesACompletedDocumentAlone() {
		// when
		DocumentClaims.Release release = transaction.execute(status -> claims.releaseExpired(3));

		// then the three still processing were released (given up on: their reads were interrupted)
		assertThat(release.gaveUp()).containsExactly("doc-02", "doc-03", "doc-04");
		assertUnchangedAndRefused(OcrStatus.FAILED, OcrStatus.PENDING);
	}

	@Test
	void releasingTheClaimsOfADeadRunLeavesItsCompletedDocumentAlone() {
		// given reads that were never interrupted before
		jdbc.update("UPDATE ocr_document SET interrupted_reads = 0");
		completedBefore = row("doc-01");

		// when
		DocumentClaims.Release release = transaction.execute(status -> claims.releaseClaimsOf(List.of(RUN), 3));

		// then
		assertThat(release.pending()).containsExactly("doc-02", "doc-03", "doc-04");
		assertUnchangedAndRefused(OcrStatus.PENDING, OcrStatus.FAILED);
	}

	@Test
	void countingInterruptedReadsLeavesACompletedDocumentAlone() {
		// when
		DocumentClaims.Release counted = transaction.execute(status -> claims.countInterruptedReads(RUN, 0, 3));

		// then
		assertThat(counted.gaveUp()).containsExactly("doc-02", "doc-03", "doc-04");
		assertUnchangedAndRefused(OcrStatus.FAILED);
	}

	@Test
	void returningTheClaimsOfAStoppedRunLeavesItsCompletedDocumentAlone() {
		// when
		List<String> returned = transaction.execute(status -> claims.returnClaimsOf(List.of(RUN)));

		// then
		assertThat(returned).containsExactly("doc-02", "doc-03", "doc-04");
		assertUnchangedAndRefused(OcrStatus.PENDING);
	}

	@Test
	void aRerunOfChosenDocumentsLeavesACompletedOneAlone() {
		// when a re-run names the COMPLETED document
		DocumentClaims.Claim rerun = transaction.execute(status -> claims.claimFailed(6L, 1, 10, LEASE,
				new DocumentClaims.FailedSelection(null, null, List.of("doc-01"), null)));

		// then
		assertThat(rerun.total()).isZero();
		assertUnchangedAndRefused(OcrStatus.PENDING, OcrStatus.PROCESSING);
	}

	@Test
	void aClaimLeavesACompletedDocumentAlone() {
		// given the others back to PENDING
		transaction.execute(status -> claims.returnClaimsOf(List.of(RUN)));

		// when another run claims
		DocumentClaims.Claim claim = transaction.execute(status -> claims.claim(6L, 2, 10, LEASE));

		// then
		assertThat(claim.total()).isEqualTo(3);
		assertUnchangedAndRefused(OcrStatus.PROCESSING);
	}

	@Test
	void aSecondResultOfTheSameClaimLeavesTheFirstAlone() {
		// when the claiming run writes another result for its COMPLETED document (a chunk written again)
		var recorded = transaction.execute(status -> results.record(new DocumentResults.Result("doc-01",
				OcrStatus.FAILED, "abc", null, null, null, "the PDF is damaged"), RUN, RUN));

		// then it is dropped (COMPLETED again would be no move, so FAILED is the result's only move from there)
		assertThat(recorded).isEmpty();
		assertUnchangedAndRefused(OcrStatus.FAILED);
	}

	@Test
	void aReuploadReopensACompletedDocumentAsAForcedMoveAndForcesNothingElse() {
		// given a second COMPLETED document, and a newer upload of the first
		transaction.executeWithoutResult(status -> results.record(new DocumentResults.Result("doc-02",
				OcrStatus.COMPLETED, "def", "INVOICE 2", null, null, null), RUN, RUN));
		NewDocument newer = new NewDocument("doc-01", "invoices", "raw-invoices/doc-01-corrected.pdf", null, null, 12L,
				null, DocumentSource.SQS, Instant.parse("2024-05-02T10:00:00Z"), "m-9");
		AtomicReference<StagingResult> staged = new AtomicReference<>();
		AtomicReference<Map<String, Object>> reopened = new AtomicReference<>();

		// when one staging transaction reopens the first for its upload, then moves the second without force
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			staged.set(documents.stage(List.of(newer), 1L));
			reopened.set(jdbc.queryForMap("""
					SELECT d.ocr_status, d.object_key, t.from_status AS audited_from FROM ocr_document d
					JOIN ocr_status_transition t ON t.document_id = d.id
					WHERE d.id = 'doc-01' ORDER BY t.id DESC LIMIT 1
					"""));
			jdbc.update("UPDATE ocr_document SET ocr_status = 'PENDING' WHERE id = 'doc-02'");
		}))
			// then the second move is refused: the force of the reopening did not reach it
			.isInstanceOf(IllegalStatusTransitionException.class)
			.hasMessage("document doc-02 cannot move from COMPLETED to PENDING");
		// and the reopening itself was allowed, audited as a move from COMPLETED
		assertThat(staged.get().reuploads()).extracting(StagingResult.Reupload::previousStatus)
			.containsExactly(OcrStatus.COMPLETED);
		assertThat(reopened.get()).containsEntry("ocr_status", "PENDING")
			.containsEntry("object_key", "raw-invoices/doc-01-corrected.pdf")
			.containsEntry("audited_from", "COMPLETED");
		// and both went back with the transaction
		assertThat(documents.findByIds(List.of("doc-01", "doc-02"))).extracting(OcrDocument::status)
			.containsOnly(OcrStatus.COMPLETED);
	}

	/**
	 * The COMPLETED document is as it was, with no new audit row, and each of {@code moves} (the moves
	 * the statement under test makes) is refused by the database on it.
	 */
	private void assertUnchangedAndRefused(OcrStatus... moves) {
		assertThat(row("doc-01")).isEqualTo(completedBefore);
		for (OcrStatus target : moves) {
			assertThatThrownBy(() -> transaction.executeWithoutResult(status -> jdbc.update(
					"UPDATE ocr_document SET ocr_status = ? WHERE id = 'doc-01'", target.name())))
				.isInstanceOfSatisfying(IllegalStatusTransitionException.class, refused -> {
					assertThat(refused.from()).isEqualTo(OcrStatus.COMPLETED);
					assertThat(refused.to()).isEqualTo(target);
				});
			assertThat(row("doc-01")).isEqualTo(completedBefore);
		}
	}

	/** The document's status and everything a status change writes, and how many audit rows it has. */
	private Map<String, Object> row(String id) {
		return jdbc.queryForMap("""
				SELECT ocr_status, error, attempts, claim_job_execution, claim_partition, claim_lease_until, reading_since,
				       interrupted_reads, updated_at, ocr_text,
				       (SELECT count(*) FROM ocr_status_transition t WHERE t.document_id = d.id) AS audit_rows
				FROM ocr_document d WHERE id = ?
				""", id);
	}

}
