package io.invoiceocr.job;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes the job repository rows of finished job instances: those whose last execution COMPLETED
 * or was ABANDONED before a cutoff, with every execution, parameter, context and step of theirs.
 * An instance whose last execution FAILED or STOPPED can be restarted and is kept, and a running
 * one is never touched, whatever their age.
 */
@Component
class JobMetadataCleanup {

	/** Instances to remove: their last execution finished for good before the cutoff. */
	private static final String FINISHED_INSTANCES = """
			CREATE TEMPORARY TABLE finished_job_execution ON COMMIT DROP AS
			SELECT e.job_execution_id FROM batch_job_execution e
			WHERE e.job_instance_id IN (
			    SELECT i.job_instance_id FROM batch_job_instance i
			    JOIN LATERAL (
			        SELECT status, end_time FROM batch_job_execution last
			        WHERE last.job_instance_id = i.job_instance_id
			        ORDER BY last.job_execution_id DESC LIMIT 1
			    ) last ON true
			    WHERE last.status IN ('COMPLETED', 'ABANDONED') AND last.end_time < ?
			)
			""";

	private final JdbcTemplate jdbc;

	JobMetadataCleanup(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** In the caller's transaction; returns the job executions removed. */
	int removeFinishedBefore(LocalDateTime cutoff) {
		jdbc.update(FINISHED_INSTANCES, Timestamp.valueOf(cutoff));
		jdbc.update("""
				DELETE FROM batch_step_execution_context WHERE step_execution_id IN (
				    SELECT step_execution_id FROM batch_step_execution
				    WHERE job_execution_id IN (SELECT job_execution_id FROM finished_job_execution))
				""");
		jdbc.update("DELETE FROM batch_step_execution WHERE job_execution_id IN (SELECT job_execution_id FROM finished_job_execution)");
		jdbc.update("DELETE FROM batch_job_execution_context WHERE job_execution_id IN (SELECT job_execution_id FROM finished_job_execution)");
		jdbc.update("DELETE FROM batch_job_execution_params WHERE job_execution_id IN (SELECT job_execution_id FROM finished_job_execution)");
		int executions = jdbc.update("""
				DELETE FROM batch_job_execution WHERE job_execution_id IN (SELECT job_execution_id FROM finished_job_execution)
				""");
		jdbc.update("""
				DELETE FROM batch_job_instance i
				WHERE NOT EXISTS (SELECT 1 FROM batch_job_execution e WHERE e.job_instance_id = i.job_instance_id)
				""");
		return executions;
	}

}
