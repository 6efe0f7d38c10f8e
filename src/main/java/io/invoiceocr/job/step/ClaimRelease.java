package io.invoiceocr.job.step;

import java.util.Collection;
import java.util.List;

import io.invoiceocr.document.DocumentClaims;
import io.invoiceocr.document.OcrDocument;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.process.ProcessProperties;
import io.invoiceocr.webhook.WebhookEvents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims of runs that are gone are released: their documents go back to PENDING for the next run,
 * or, once their process died while reading them {@code invoice-ocr.process.max-attempts} times,
 * are FAILED with the reason and reported like any other result, in one transaction (the caller's,
 * when there is one).
 */
@Component
public class ClaimRelease {

	private static final Logger log = LoggerFactory.getLogger(ClaimRelease.class);

	private final DocumentClaims claims;

	private final OcrDocumentRepository documents;

	private final WebhookEvents events;

	private final int maxAttempts;

	private final TransactionTemplate transaction;

	ClaimRelease(DocumentClaims claims, OcrDocumentRepository documents, WebhookEvents events,
			ProcessProperties properties, PlatformTransactionManager transactionManager) {
		this.claims = claims;
		this.documents = documents;
		this.events = events;
		this.maxAttempts = properties.maxAttempts();
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/** Claims whose lease ran out. */
	void expired() {
		transaction.executeWithoutResult(status -> report(claims.releaseExpired(maxAttempts), "their leases ran out"));
	}

	/** Claims of runs known to be dead. */
	public void ofRuns(Collection<Long> jobExecutionIds) {
		transaction.executeWithoutResult(
				status -> report(claims.releaseClaimsOf(jobExecutionIds, maxAttempts), "their run died"));
	}

	/**
	 * The read a partition's dead execution had under way counts as interrupted; documents with too
	 * many interrupted reads are FAILED and reported. The partition keeps its other claims.
	 */
	void interruptedReads(long claimExecution, int partition) {
		transaction.executeWithoutResult(status -> {
			DocumentClaims.Release counted = claims.countInterruptedReads(claimExecution, partition, maxAttempts);
			if (!counted.pending().isEmpty()) {
				log.warn("The last run of partition {} died while it read {}; reading again", partition, counted.pending());
			}
			report(new DocumentClaims.Release(List.of(), counted.gaveUp()), "the process died while it read them");
		});
	}

	private void report(DocumentClaims.Release release, String why) {
		if (!release.pending().isEmpty()) {
			log.warn("{} documents were claimed by runs that are gone ({}) and are PENDING again: {}",
					release.pending().size(), why, abbreviate(release.pending()));
		}
		if (!release.gaveUp().isEmpty()) {
			log.error("{} documents were being read each of the {} times their process died, and are FAILED: {}",
					release.gaveUp().size(), maxAttempts, abbreviate(release.gaveUp()));
			for (OcrDocument document : documents.findByIds(release.gaveUp())) {
				events.add(WebhookEvents.failed(document.id(), document.error(), document.bucket(), document.objectKey(),
						document.updatedAt(), document.attempts()));
			}
		}
	}

	private static String abbreviate(List<String> ids) {
		return ids.size() <= 10 ? ids.toString() : ids.subList(0, 10) + " and " + (ids.size() - 10) + " more";
	}

}
