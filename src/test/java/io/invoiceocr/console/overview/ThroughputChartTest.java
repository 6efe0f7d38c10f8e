package io.invoiceocr.console.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ThroughputChartTest {

	@Test
	void theBusiestBucketFillsTheHeightAndFailuresSitOnTopOfTheCompleted() {
		// given three minutes: none, 3 completed and 1 failed, 2 completed
		Instant start = Instant.parse("2026-12-03T10:00:00Z");
		List<Throughput.Bucket> buckets = List.of(new Throughput.Bucket(start, 0, 0),
				new Throughput.Bucket(start.plusSeconds(60), 3, 1), new Throughput.Bucket(start.plusSeconds(120), 2, 0));

		// when
		ThroughputChart chart = ThroughputChart.of("per minute", buckets);

		// then the empty minute has no bar, the busiest is full height with its failed part on top
		assertThat(chart.max()).isEqualTo(4);
		assertThat(chart.bars()).extracting(ThroughputChart.Bar::kind).containsExactly("done", "failed", "done");
		ThroughputChart.Bar done = chart.bars().get(0);
		ThroughputChart.Bar failed = chart.bars().get(1);
		assertThat(done.x()).isEqualTo(240.0);
		assertThat(done.height()).isEqualTo(105.0);
		assertThat(failed.y() + failed.height()).isEqualTo(done.y());
		assertThat(failed.y()).isZero();
		assertThat(chart.bars().get(2).height()).isEqualTo(70.0);
		assertThat(done.label()).isEqualTo("2026-12-03 10:01:00: 3 completed, 1 failed");
	}

}
