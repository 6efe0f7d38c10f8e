package io.invoiceocr.document;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Turns the database's refusal of a status move (the trigger of migration V8, SQLSTATE
 * {@value IllegalStatusTransitionException#SQL_STATE}) into {@link IllegalStatusTransitionException},
 * so that a set-based statement that moves a document illegally fails the way
 * {@link DocumentStatusService} does. Spring Boot gives the application's {@code JdbcTemplate} this
 * translator (the only {@link SQLExceptionTranslator} bean); every other error is translated as the
 * template would without it.
 */
@Component
public class StatusMoveRefusals implements SQLExceptionTranslator {

	private static final String STATUS = "(PENDING|PROCESSING|COMPLETED|FAILED)";

	private static final Pattern MOVE = Pattern.compile("document (.+) cannot move from " + STATUS + " to " + STATUS,
			Pattern.DOTALL);

	private static final Pattern START = Pattern.compile("document (.+) cannot start as " + STATUS, Pattern.DOTALL);

	/** JdbcTemplate's own default when no sql-error-codes.xml is on the class path. */
	private final SQLExceptionTranslator fallback = new SQLExceptionSubclassTranslator();

	@Override
	public DataAccessException translate(String task, String sql, SQLException ex) {
		for (SQLException each = ex; each != null; each = each.getNextException()) {
			IllegalStatusTransitionException refusal = refusal(each);
			if (refusal != null) {
				return refusal;
			}
		}
		return fallback.translate(task, sql, ex);
	}

	private static IllegalStatusTransitionException refusal(SQLException ex) {
		if (!IllegalStatusTransitionException.SQL_STATE.equals(ex.getSQLState()) || !(ex instanceof PSQLException pg)) {
			return null;
		}
		ServerErrorMessage server = pg.getServerErrorMessage();
		String message = server == null ? null : server.getMessage();
		if (message == null) {
			return null;
		}
		Matcher move = MOVE.matcher(message);
		if (move.matches()) {
			return new IllegalStatusTransitionException(move.group(1), OcrStatus.valueOf(move.group(2)),
					OcrStatus.valueOf(move.group(3)), ex);
		}
		Matcher start = START.matcher(message);
		if (start.matches()) {
			return new IllegalStatusTransitionException(start.group(1), null, OcrStatus.valueOf(start.group(2)), ex);
		}
		// not a status of the machine (the column's check constraint would refuse it too)
		return null;
	}

}
