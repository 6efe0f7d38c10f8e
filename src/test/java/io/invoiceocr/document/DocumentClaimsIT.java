package io.invoiceocr.document;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.invoiceocr.support.IntegrationTest;
import io.invoiceocr.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Claiming PENDING documents into partitions, reading them back by keyset, and orphaned leases. */
@IntegrationTest
class DocumentClaimsIT {

	private static final Duration LEASE = Duration.ofMinutes(5);

	@Autowired
	TestData data;

	@Autowired
	OcrDocumentRepository documents;

	@Autowired
	DocumentClaims claims;

	@Autowired
	DocumentStatusService statuses;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void givenTenPendingDocuments() {
		data.reset();
		List<NewDocument> staged = IntStream.rangeClosed(1, 10)
			.mapToObj(i -> new NewDocument("doc-%02d".formatted(i), "invoices", "raw-invoices/doc-%02d.pdf".formatted(i), null,
					null, 10L, null, DocumentSource.SQS, null, "m-" + i))
			.toList();
		transaction.executeWithoutResult(status -> documents.stage(staged, 1L));
	}

	@Test
	void claimsPendingDocumentsRoundRobinIntoPartitionsWithAnAuditRowEach() {
		// when
		DocumentClaims.Claim claim = transaction.execute(status -> claims.claim(5L, 3, 100, LEASE));

		// then
		assertThat(claim.perPartition()).isEqualTo(java.util.Map.of(0, 4, 1, 3, 2, 3));
		assertThat(documents.countByStatus()).containsEntry(OcrStatus.PROCESSING, 10L);
		assertThat(documents.findById("doc-01")).get().extracting(OcrDocument::attempts).isEqualTo(1);
		assertThat(statuses.history("doc-01")).last().satisfies(transition -> {
			assertThat(transition.from()).isEqualTo(OcrStatus.PENDING);
			assertThat(transition.to()).isEqualTo(OcrStatus.PROCESSING);
			assertThat(transition.jobExecutionId()).isEqualTo(5L);
		});
	}

	@Test
	void aSecondRunClaimsOnlyWhatIsLeftAndTheLimitHolds() {
		DocumentClaims.Claim first = transaction.execute(status -> claims.claim(5L, 2, 4, LEASE));
		DocumentClaims.Claim second = transaction.execute(status -> claims.claim(6L, 2, 100, LEASE));
		DocumentClaims.Claim third = transaction.execute(status -> claims.claim(7L, 2, 100, LEASE));

		assertThat(first.total()).isEqualTo(4);
		assertThat(second.total()).isEqualTo(6);
		assertThat(third.total()).isZero();
	}

	@Test
	void twoRunsClaimingAtOnceTakeDifferentDocuments() {
		// when two claims race, each in its own transaction
		CompletableFuture<DocumentClaims.Claim> a = CompletableFuture
			.supplyAsync(() -> transaction.execute(status -> claims.claim(5L, 1, 6, LEASE)));
		CompletableFuture<DocumentClaims.Claim> b = CompletableFuture
			.supplyAsync(() -> transaction.execute(status -> claims.claim(6L, 1, 6, LEASE)));

		// then every document went to exactly one of them
		int claimed = a.join().total() + b.join().total();
		assertThat(claimed).isEqualTo(10);
		assertThat(jdbc.queryForObject("SELECT count(DISTINCT claim_job_execution) FROM ocr_document", Integer.class))
			.isEqualTo(2);
	}

	@Test
	void aPartitionIsReadByKeysetAndARestartSeesOnlyWhatIsUnfinished() {
		// given partition 0 of 2 holds doc-01, 03, 05, 07, 09
		transaction.execute(status -> claims.claim(5L, 2, 100, LEASE));

		// when it is read two at a time, and doc-01 and doc-03 are finished
		List<String> read = new ArrayList<>();
		String after = null;
		for (List<OcrDocument> page = claims.page(5L, 0, null, 2); !page.isEmpty();
				page = claims.page(5L, 0, after, 2)) {
			page.forEach(document -> read.add(document.id()));
			after = page.get(page.size() - 1).id();
		}
		statuses.transition("doc-01", OcrStatus.COMPLETED, null, 5L);
		statuses.transition("doc-03", OcrStatus.FAILED, "the PDF is damaged", 5L);

		// then
		assertThat(read).containsExactly("doc-01", "doc-03", "doc-05", "doc-07", "doc-09");
		assertThat(claims.page(5L, 0, null, 10)).extracting(OcrDocument::id).containsExactly("doc-05", "doc-07", "doc-09");
	}

	@Test
	void documentsOfARunWhoseLeaseRanOutGoBackToPending() {
		// given a run that claimed everything, then died; another whose lease is renewed
		transaction.execute(status -> claims.claim(5L, 2, 6, Duration.ofSeconds(1)));
		transaction.execute(status -> claims.claim(6L, 1, 100, Duration.ofSeconds(1)));
		jdbc.update("UPDATE ocr_document SET claim_lease_until = now() - interval '1 minute'");
		assertThat(claims.renew(6L, 0, LEASE)).isEqualTo(4);

		// when
		List<String> released = transaction.execute(status -> claims.releaseExpired(5)).pending();

		// then the dead run's six are PENDING again, unclaimed, with the reason; the live run's are not
		assertThat(released).hasSize(6);
		Set<String> pending = new HashSet<>(jdbc.queryForList(
				"SELECT id FROM ocr_document WHERE ocr_status = 'PENDING' AND claim_job_execution IS NULL", String.class));
		assertThat(pending).containsExactlyInAnyOrderElementsOf(released);
		assertThat(statuses.history(released.get(0))).last().satisfies(transition -> {
			assertThat(transition.to()).isEqualTo(OcrStatus.PENDING);
			assertThat(transition.reason()).contains("lease of run 5 ran out");
		});
		assertThat(documents.countByStatus()).containsEntry(OcrStatus.PROCESSING, 4L);
	}

	@Test
	void aDocumentWhoseEveryRunDiesWhileReadingItIsFailedAfterTheLastAttempt() {
		// given documents whose reading was interrupted twice, claimed again by a run that died while it
		// read the first of them (the others were not being read)
		jdbc.update("UPDATE ocr_document SET interrupted_reads = 2");
		transaction.execute(status -> claims.claim(7L, 1, 3, Duration.ofSeconds(1)));
		List<String> claimed = jdbc.queryForList("SELECT id FROM ocr_document WHERE claim_job_execution = 7 ORDER BY id",
				String.class);
		claims.markReading(7L, claimed.get(1), null);
		claims.markReading(7L, claimed.get(0), claimed.get(1));
		jdbc.update("UPDATE ocr_document SET claim_lease_until = now() - interval '1 minute' WHERE claim_job_execution = 7");

		// when the claims are released with three attempts allowed
		DocumentClaims.Release release = transaction.execute(status -> claims.releaseExpired(3));

		// then the one being read is FAILED with the reason; the others, read beside it, are PENDING again
		assertThat(release.gaveUp()).containsExactly(claimed.get(0));
		assertThat(release.pending()).containsExactlyInAnyOrderElementsOf(claimed.subList(1, 3));
		assertThat(documents.findById(release.gaveUp().get(0)).orElseThrow()).satisfies(document -> {
			assertThat(document.status()).isEqualTo(OcrStatus.FAILED);
			assertThat(document.error()).startsWith("gave up after 3 attempts").contains("lease of run 7 ran out")
				.contains("rerunFailedJob");
		});
		assertThat(statuses.history(release.gaveUp().get(0))).last()
			.satisfies(transition -> assertThat(transition.to()).isEqualTo(OcrStatus.FAILED));
	}

}
