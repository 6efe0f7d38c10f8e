package io.invoiceocr.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Job parameter values read strictly, each refusal naming the parameter: a typo such as
 * {@code dryRun=yes} must refuse the launch, not start a real backfill.
 */
public final class ParameterValues {

	private ParameterValues() {
	}

	/** {@code true} or {@code false}; absent is {@code false}. */
	public static boolean flag(JobParameters parameters, String name) {
		String value = parameters.getString(name, "false");
		return switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new IllegalArgumentException("parameter '" + name + "' must be true or false, not '" + value + "'");
		};
	}

	/** An ISO date (midnight UTC) or instant; absent or blank is null. */
	static Instant instant(JobParameters parameters, String name) {
		String value = parameters.getString(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
					: Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"parameter '" + name + "' is not an ISO date (2024-01-31) or instant (2024-01-31T00:00:00Z): " + value);
		}
	}

}
