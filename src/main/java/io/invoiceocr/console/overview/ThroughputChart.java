package io.invoiceocr.console.overview;

import java.util.ArrayList;
import java.util.List;

import io.invoiceocr.console.Times;

/**
 * A bar chart drawn on the server as SVG shapes: per bucket a bar of finished documents with its
 * failed part on top. Coordinates are in the chart's own units ({@link #WIDTH} by {@link #HEIGHT}).
 */
public record ThroughputChart(String title, List<Bar> bars, long max, String from, String to) {

	public static final int WIDTH = 720;

	public static final int HEIGHT = 140;

	/** One rectangle, with its tooltip. */
	public record Bar(double x, double y, double width, double height, String kind, String label) {
	}

	static ThroughputChart of(String title, List<Throughput.Bucket> buckets) {
		long max = Math.max(1, buckets.stream().mapToLong(b -> b.completed() + b.failed()).max().orElse(1));
		double slot = (double) WIDTH / Math.max(1, buckets.size());
		double barWidth = Math.max(1, slot * 0.8);
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < buckets.size(); i++) {
			Throughput.Bucket bucket = buckets.get(i);
			double x = round(i * slot);
			double completedHeight = round(bucket.completed() * (double) HEIGHT / max);
			double failedHeight = round(bucket.failed() * (double) HEIGHT / max);
			String label = Times.format(bucket.start()) + ": " + bucket.completed() + " completed, " + bucket.failed()
					+ " failed";
			if (bucket.completed() > 0) {
				bars.add(new Bar(x, round(HEIGHT - completedHeight), barWidth, completedHeight, "done", label));
			}
			if (bucket.failed() > 0) {
				bars.add(new Bar(x, round(HEIGHT - completedHeight - failedHeight), barWidth, failedHeight, "failed", label));
			}
		}
		String from = buckets.isEmpty() ? "" : Times.format(buckets.get(0).start());
		String to = buckets.isEmpty() ? "" : Times.format(buckets.get(buckets.size() - 1).start());
		return new ThroughputChart(title, bars, max, from, to);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
