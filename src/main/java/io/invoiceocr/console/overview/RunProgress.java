package io.invoiceocr.console.overview;

/**
 * How far a running execution has come: its claimed documents done (COMPLETED or FAILED) of all it
 * claimed, the rate since it started and the time left at that rate.
 */
public record RunProgress(long executionId, String jobName, String status, long done, long failed, long total,
		String rate, String eta) {

	/** Percent done, 0..100. */
	public int percent() {
		return total == 0 ? 0 : (int) Math.min(100, done * 100 / total);
	}

}
