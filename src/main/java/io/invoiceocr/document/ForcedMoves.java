package io.invoiceocr.document;

import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs statements that may make the moves the status machine allows only when forced (a COMPLETED
 * document back to PENDING, its result thrown away on purpose). The trigger of migration V8 lets such a
 * move through only while the transaction-local setting {@value #SETTING} is {@code on}; it is set for
 * the given statements and unset after them, so that the rest of the caller's transaction is checked
 * as usual. The setting dies with the transaction in any case: a pooled connection never keeps it.
 */
final class ForcedMoves {

	static final String SETTING = "invoiceocr.force_status";

	private ForcedMoves() {
	}

	static <T> T forcing(JdbcTemplate jdbc, Supplier<T> statements) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			// without one, each statement may run on another connection, and the setting lasts one statement
			throw new IllegalStateException("a forced status move must run in a transaction");
		}
		set(jdbc, "on");
		T result;
		try {
			result = statements.get();
		}
		catch (RuntimeException ex) {
			try {
				set(jdbc, "off");
			}
			catch (DataAccessException aborted) {
				// the failed statement aborted the transaction: the setting goes with it
				ex.addSuppressed(aborted);
			}
			throw ex;
		}
		set(jdbc, "off");
		return result;
	}

	private static void set(JdbcTemplate jdbc, String value) {
		jdbc.queryForObject("SELECT set_config(?, ?, true)", String.class, SETTING, value);
	}

}
