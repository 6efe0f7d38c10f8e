package io.invoiceocr.job.step;

import io.invoiceocr.document.DocumentClaims;
import io.invoiceocr.document.OcrDocument;
import io.invoiceocr.process.DocumentProcessor;
import io.invoiceocr.process.ProcessedDocument;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes a partition's documents one by one, each marked in the database while it is read. A
 * document that kills the process (the heap, a native reader) is then known by its mark when the run
 * is recovered, and only it is blamed: its chunk-mates, read before it but not yet committed, carry
 * no mark. One per partition (step scope): it remembers the document it marked last.
 */
class ReadingMarkedProcessor implements ItemProcessor<OcrDocument, ProcessedDocument> {

	private final DocumentClaims claims;

	private final DocumentProcessor processor;

	private final long claimExecution;

	private final TransactionTemplate ownTransaction;

	private String lastMarked;

	/** @param ownTransaction a transaction of its own ({@code REQUIRES_NEW}): the mark must outlive a crash */
	ReadingMarkedProcessor(DocumentClaims claims, DocumentProcessor processor, long claimExecution,
			TransactionTemplate ownTransaction) {
		this.claims = claims;
		this.processor = processor;
		this.claimExecution = claimExecution;
		this.ownTransaction = ownTransaction;
	}

	@Override
	public ProcessedDocument process(OcrDocument document) {
		String previous = lastMarked;
		ownTransaction.executeWithoutResult(status -> claims.markReading(claimExecution, document.id(), previous));
		lastMarked = document.id();
		return processor.process(document);
	}

}
