package io.invoiceocr.console.overview;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Documents finished per time bucket, from the audit trail: one indexed range scan over the moves
 * to COMPLETED and FAILED of the window ({@code ocr_status_transition_finished}, V9).
 */
@Component
class Throughput {

	/** One bucket: its start, and the documents that became COMPLETED and FAILED in it. */
	record Bucket(Instant start, long completed, long failed) {
	}

	private final JdbcTemplate jdbc;

	Throughput(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code count} buckets of {@code width} ending with the one holding {@code now}, oldest first; empty ones too. */
	List<Bucket> buckets(Instant now, Duration width, int count) {
		long widthSeconds = width.toSeconds();
		Instant last = Instant.ofEpochSecond(now.getEpochSecond() / widthSeconds * widthSeconds);
		Instant first = last.minus(width.multipliedBy(count - 1L));
		Map<Instant, long[]> found = new HashMap<>();
		jdbc.query("""
				SELECT date_bin(make_interval(secs => ?), occurred_at, ?::timestamptz) AS bucket,
				       count(*) FILTER (WHERE to_status = 'COMPLETED'), count(*) FILTER (WHERE to_status = 'FAILED')
				FROM ocr_status_transition
				WHERE to_status IN ('COMPLETED', 'FAILED') AND occurred_at >= ?
				GROUP BY 1
				""", rs -> {
			found.put(rs.getTimestamp(1).toInstant(), new long[] { rs.getLong(2), rs.getLong(3) });
		}, (double) widthSeconds, Timestamp.from(Instant.EPOCH), Timestamp.from(first));
		List<Bucket> buckets = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Instant start = first.plus(width.multipliedBy(i));
			long[] counts = found.getOrDefault(start, new long[2]);
			buckets.add(new Bucket(start, counts[0], counts[1]));
		}
		return buckets;
	}

}
