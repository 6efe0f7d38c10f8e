package io.invoiceocr.launch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each running job execution holds a PostgreSQL session-level advisory lock keyed on its id, on a
 * connection of its own kept for the run's life. PostgreSQL releases the lock when that session
 * ends, so when the process dies ({@code kill -9}, out of memory) the lock is free at once: a
 * relaunch that finds the execution STARTED with its lock free knows the run is dead, without
 * waiting for {@code invoice-ocr.job.stale-after}.
 * <p>
 * An execution records in its context that it holds its lock, once it does. One that has not (it is
 * being started, or an older version of the service runs it) is judged by stale-after alone: a
 * free lock then proves nothing. A restarted execution inherits its predecessor's context, so the
 * record names the execution that took the lock.
 */
@Component
class RunLocks implements JobExecutionListener {

	/** In the job execution context: the id of the execution that holds its run lock. */
	static final String HELD_BY = "invoice-ocr.run-lock";

	/**
	 * The advisory locks' first key: run locks are (this, execution id), apart from the launch locks
	 * of {@link LaunchGuard}, which use the one-key form.
	 */
	static final int KEY_SPACE = 0x1C0C_0001;

	/** What a relaunch knows about a run from its lock. */
	enum State {

		/** The run holds its lock: its process is alive. */
		HELD,

		/** The run took its lock and the lock is free: its process is gone. */
		RELEASED,

		/** The run has not taken a lock (being started, or run by an older version): only stale-after tells. */
		NONE

	}

	private static final Logger log = LoggerFactory.getLogger(RunLocks.class);

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final JobRepository repository;

	private final Map<Long, Connection> held = new ConcurrentHashMap<>();

	RunLocks(DataSource dataSource, JobRepository repository) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.repository = repository;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		long id = execution.getId();
		Connection connection = null;
		try {
			connection = dataSource.getConnection();
			connection.setAutoCommit(true);
			try (Statement session = connection.createStatement()) {
				// the session must outlive idle periods of any length: it is the run's sign of life
				session.execute("SET idle_session_timeout = 0");
				// a lost node's session (no FIN ever comes) ends within about a minute, and so does its lock
				session.execute("SET tcp_keepalives_idle = 30");
				session.execute("SET tcp_keepalives_interval = 10");
				session.execute("SET tcp_keepalives_count = 3");
			}
			if (!tryLock(connection, id)) {
				log.warn("The run lock of execution {} is held by another session; this run is judged by "
						+ "invoice-ocr.job.stale-after alone", id);
				connection.close();
				return;
			}
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw new IllegalStateException("could not take the run lock of execution " + id
					+ " in PostgreSQL (" + ex.getMessage() + "); the run does not start without it", ex);
		}
		held.put(id, connection);
		execution.getExecutionContext().putLong(HELD_BY, id);
		repository.updateExecutionContext(execution);
	}

	@Override
	public void afterJob(JobExecution execution) {
		// the end is saved before the listeners are called: the lock goes only once the run is over
		Connection connection = held.remove(execution.getId());
		if (connection == null) {
			return;
		}
		try (Connection closing = connection;
				PreparedStatement unlock = closing.prepareStatement("SELECT pg_advisory_unlock(?, ?)");
				Statement reset = closing.createStatement()) {
			unlock.setInt(1, KEY_SPACE);
			unlock.setInt(2, key(execution.getId()));
			unlock.execute();
			// the connection goes back to the pool: without this run's session settings
			reset.execute("RESET ALL");
		}
		catch (SQLException ex) {
			// closing the session releases the lock all the same
			log.debug("Unlocking the run lock of execution {}: {}", execution.getId(), ex.getMessage());
		}
	}

	/** What the run lock of a running execution says about its process. */
	State state(JobExecution execution) {
		Object holder = execution.getExecutionContext().get(HELD_BY);
		if (!(holder instanceof Number number) || number.longValue() != execution.getId()) {
			return State.NONE;
		}
		Boolean locked = jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM pg_locks
				               WHERE locktype = 'advisory' AND granted AND objsubid = 2
				                 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
				                 AND classid::bigint = ? AND objid::bigint = ?)
				""", Boolean.class, (long) KEY_SPACE, Integer.toUnsignedLong(key(execution.getId())));
		return Boolean.TRUE.equals(locked) ? State.HELD : State.RELEASED;
	}

	private static boolean tryLock(Connection connection, long executionId) throws SQLException {
		try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
			lock.setInt(1, KEY_SPACE);
			lock.setInt(2, key(executionId));
			try (ResultSet result = lock.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	/** The second key: the execution id (ids beyond 2^31 wrap, sharing a key with one 2^32 earlier). */
	private static int key(long executionId) {
		return (int) executionId;
	}

	private static void closeQuietly(Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			connection.close();
		}
		catch (SQLException ex) {
			log.debug("Closing a run lock connection: {}", ex.getMessage());
		}
	}

}
