package io.invoiceocr.job.step;

import io.invoiceocr.document.DocumentClaims;
import io.invoiceocr.process.ProcessProperties;

/** Puts the chosen FAILED documents back and claims exactly those, at most a run's worth. */
record FailedDocumentsClaim(DocumentClaims claims, ProcessProperties properties,
		DocumentClaims.FailedSelection selection) implements ClaimTasklet.Claimer {

	@Override
	public DocumentClaims.Claim claim(long jobExecutionId, int partitions) {
		return claims.claimFailed(jobExecutionId, partitions, properties.maxDocumentsPerRun(), properties.lease(),
				selection);
	}

}
