package io.invoiceocr.document;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work that must happen only once the current transaction has committed (acknowledgements, metrics). */
public final class AfterCommit {

	private AfterCommit() {
	}

	/**
	 * Runs {@code action} after the current transaction commits, never if it rolls back.
	 * @throws IllegalStateException outside a transaction: running at once could act on work that is then lost
	 */
	public static void run(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("no transaction to wait for: this must run inside a chunk's transaction");
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

}
