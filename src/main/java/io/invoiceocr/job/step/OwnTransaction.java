package io.invoiceocr.job.step;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction apart from the chunk's: what a reader or processor marks on a document (a claim
 * renewed, a read begun) must stay when the chunk rolls back, or a crash would not see it.
 */
final class OwnTransaction {

	private OwnTransaction() {
	}

	static TransactionTemplate of(PlatformTransactionManager transactionManager) {
		TransactionTemplate own = new TransactionTemplate(transactionManager);
		own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return own;
	}

}
