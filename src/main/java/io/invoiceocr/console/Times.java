package io.invoiceocr.console;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Times and durations as the console shows them: UTC, to the second. */
public final class Times {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private Times() {
	}

	public static String format(Instant instant) {
		return instant == null ? "" : FORMAT.format(instant.atOffset(ZoneOffset.UTC));
	}

	public static String format(LocalDateTime time) {
		return time == null ? "" : FORMAT.format(time);
	}

	/** {@code 1h 02m}, {@code 3m 05s}, {@code 12s}. */
	public static String format(Duration duration) {
		if (duration == null) {
			return "";
		}
		long seconds = Math.max(0, duration.truncatedTo(ChronoUnit.SECONDS).getSeconds());
		if (seconds >= 3600) {
			return String.format("%dh %02dm", seconds / 3600, seconds % 3600 / 60);
		}
		if (seconds >= 60) {
			return String.format("%dm %02ds", seconds / 60, seconds % 60);
		}
		return seconds + "s";
	}

}
