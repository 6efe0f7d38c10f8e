package io.invoiceocr.job;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.invoiceocr.document.DocumentClaims.FailedSelection;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * The parameters of {@code rerunFailedJob}, which choose the FAILED documents to process again:
 * {@code failedSince} (ISO date or instant), {@code errorContains} (text in the error),
 * {@code documentIds} (comma-separated), {@code maxAttempts} (only documents processed fewer times);
 * at least one of them, or {@code all=true}. {@code run} tells two re-runs with the same choice apart.
 */
public class RerunParameters implements JobParametersValidator {

	static final String FAILED_SINCE = "failedSince";

	static final String ERROR_CONTAINS = "errorContains";

	static final String DOCUMENT_IDS = "documentIds";

	static final String MAX_ATTEMPTS = "maxAttempts";

	static final String ALL = "all";

	private static final String USAGE = " Usage: [failedSince=<ISO date or instant>] [errorContains=<text>]"
			+ " [documentIds=<id,id,...>] [maxAttempts=<n>] [all=true] [run=<anything new, to repeat a re-run>]";

	@Override
	public void validate(JobParameters parameters) throws InvalidJobParametersException {
		try {
			KnownParameters.refuseUnknown(parameters, Set.of(FAILED_SINCE, ERROR_CONTAINS, DOCUMENT_IDS, MAX_ATTEMPTS, ALL));
			toSelection(parameters);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidJobParametersException("rerunFailedJob: " + ex.getMessage() + "." + USAGE);
		}
	}

	public static FailedSelection toSelection(JobParameters parameters) {
		Instant since = ParameterValues.instant(parameters, FAILED_SINCE);
		String contains = blankToNull(parameters.getString(ERROR_CONTAINS));
		String ids = blankToNull(parameters.getString(DOCUMENT_IDS));
		List<String> documentIds = ids == null ? null
				: Arrays.stream(ids.split(",")).map(String::trim).filter(id -> !id.isEmpty()).toList();
		Integer maxAttempts = maxAttempts(parameters.getString(MAX_ATTEMPTS));
		boolean all = ParameterValues.flag(parameters, ALL);
		if (since == null && contains == null && documentIds == null && maxAttempts == null && !all) {
			throw new IllegalArgumentException(
					"choose the FAILED documents to re-run (failedSince, errorContains, documentIds, maxAttempts), or all=true");
		}
		return new FailedSelection(since, contains, documentIds, maxAttempts);
	}

	private static Integer maxAttempts(String value) {
		if (blankToNull(value) == null) {
			return null;
		}
		try {
			int attempts = Integer.parseInt(value.trim());
			if (attempts < 1) {
				throw new NumberFormatException();
			}
			return attempts;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("parameter 'maxAttempts' must be a whole number of at least 1, not '"
					+ value + "'");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
