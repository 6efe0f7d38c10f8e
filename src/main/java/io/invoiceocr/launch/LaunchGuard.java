package io.invoiceocr.launch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Serialises the launches of one job across every process that shares the database: a PostgreSQL
 * advisory lock per job name is held while a launch checks that no run of the job is going on and
 * creates its own. Two triggers at the same moment (a schedule and a queue event, two pods) thus
 * start one run; the other is told that one is running. The lock dies with its connection, so a
 * killed process never leaves it behind.
 */
@Component
class LaunchGuard {

	@FunctionalInterface
	interface Launch<T> {

		T run() throws Exception;

	}

	private final DataSource dataSource;

	LaunchGuard(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Runs {@code launch} holding the job's launch lock. A command-line run holds it for its whole
	 * run; when the lock is taken, {@code holder} describes the run that holds it, if it finds one.
	 */
	<T> T exclusively(String jobName, Supplier<String> holder, Launch<T> launch) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			if (!call(connection, "SELECT pg_try_advisory_lock(hashtext(?))", jobName)) {
				String running = holder.get();
				throw new JobExecutionAlreadyRunningException(running != null ? running
						: "another launch of " + jobName + " is in progress; it was not started twice");
			}
			try {
				return launch.run();
			}
			finally {
				call(connection, "SELECT pg_advisory_unlock(hashtext(?))", jobName);
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("could not take the launch lock of " + jobName, ex);
		}
	}

	private static boolean call(Connection connection, String sql, String jobName) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, "invoice-ocr.launch." + jobName);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

}
