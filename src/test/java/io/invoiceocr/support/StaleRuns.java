package io.invoiceocr.support;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;

/**
 * Waits for what the service's stale-run recovery waits for: a STARTED execution of a killed process
 * counts as dead once neither it nor any of its steps has recorded progress for {@code stale-after}.
 * The times are the ones Spring Batch wrote, read the way the recovery reads them.
 */
public final class StaleRuns {

	private StaleRuns() {
	}

	/** Returns once every STARTED execution has shown no progress for longer than {@code staleAfter}. */
	public static void awaitStale(JdbcTemplate jdbc, Duration staleAfter) {
		await("the STARTED executions showing no progress for " + staleAfter)
			.atMost(staleAfter.plus(Duration.ofMinutes(1)))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> lastProgress(jdbc), last -> last == null || LocalDateTime.now().isAfter(last.plus(staleAfter)));
	}

	/** The latest time a STARTED execution or one of its steps was created, started or updated. */
	static LocalDateTime lastProgress(JdbcTemplate jdbc) {
		Timestamp last = jdbc.queryForObject("""
				SELECT greatest(max(e.create_time), max(e.start_time), max(e.last_updated),
				                max(s.create_time), max(s.start_time), max(s.last_updated))
				FROM batch_job_execution e LEFT JOIN batch_step_execution s USING (job_execution_id)
				WHERE e.status = 'STARTED'
				""", Timestamp.class);
		return last == null ? null : last.toLocalDateTime();
	}

}
