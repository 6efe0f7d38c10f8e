package io.invoiceocr.job.step;

import java.util.Map;

import io.invoiceocr.document.DocumentClaims;
import io.invoiceocr.process.ProcessProperties;

/**
 * Claims the PENDING documents, at most a run's worth. A dry run claims none: it only counts what
 * it would stage, and must leave every document as it found it.
 */
record PendingDocumentsClaim(DocumentClaims claims, ProcessProperties properties, boolean dryRun)
		implements ClaimTasklet.Claimer {

	@Override
	public DocumentClaims.Claim claim(long jobExecutionId, int partitions) {
		if (dryRun) {
			return new DocumentClaims.Claim(jobExecutionId, Map.of());
		}
		return claims.claim(jobExecutionId, partitions, properties.maxDocumentsPerRun(), properties.lease());
	}

}
