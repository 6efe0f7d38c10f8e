package io.invoiceocr.job;

import java.util.List;
import java.util.Set;

import io.invoiceocr.ingest.IngestProperties;
import io.invoiceocr.ingest.backfill.BackfillRequest;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * The parameters of {@code backfillJob}: {@code bucket} and {@code prefix} (required; the bucket
 * must be a configured source), {@code modifiedAfter} / {@code modifiedBefore} (ISO instant or
 * date, optional) and {@code dryRun} (true/false). Together they identify the job instance, so
 * launching the same backfill again after a failure restarts it where it stopped.
 */
public class BackfillParameters implements JobParametersValidator {

	static final String BUCKET = "bucket";

	static final String PREFIX = "prefix";

	static final String MODIFIED_AFTER = "modifiedAfter";

	static final String MODIFIED_BEFORE = "modifiedBefore";

	public static final String DRY_RUN = "dryRun";

	private final IngestProperties ingest;

	BackfillParameters(IngestProperties ingest) {
		this.ingest = ingest;
	}

	@Override
	public void validate(JobParameters parameters) throws InvalidJobParametersException {
		try {
			KnownParameters.refuseUnknown(parameters, Set.of(BUCKET, PREFIX, MODIFIED_AFTER, MODIFIED_BEFORE, DRY_RUN));
			BackfillRequest request = toRequest(parameters);
			if (request.modifiedAfter() != null && request.modifiedBefore() != null
					&& !request.modifiedAfter().isBefore(request.modifiedBefore())) {
				throw new IllegalArgumentException("modifiedAfter must be before modifiedBefore");
			}
			List<IngestProperties.Source> sameBucket = ingest.sources()
				.stream()
				.filter(s -> s.bucket().equals(request.bucket()))
				.toList();
			if (sameBucket.isEmpty()) {
				throw new IllegalArgumentException("bucket '" + request.bucket()
						+ "' is not a configured source (invoice-ocr.ingest.sources); processing could not read it");
			}
			// every key under the prefix starts with it: a prefix the source covers means keys it covers
			if (sameBucket.stream().noneMatch(source -> source.covers(request.prefix()))) {
				throw new IllegalArgumentException("prefix '" + request.prefix() + "' is not inside the configured prefixes "
						+ sameBucket.stream().flatMap(source -> source.prefixes().stream()).toList() + " of bucket '"
						+ request.bucket() + "'");
			}
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidJobParametersException("backfillJob: " + ex.getMessage()
					+ ". Usage: bucket=<name> prefix=<key prefix> [modifiedAfter=<ISO date or instant>]"
					+ " [modifiedBefore=<ISO date or instant>] [dryRun=true]");
		}
	}

	static BackfillRequest toRequest(JobParameters parameters) {
		String bucket = parameters.getString(BUCKET);
		if (bucket == null || bucket.isBlank()) {
			throw new IllegalArgumentException("parameter 'bucket' is required");
		}
		String prefix = parameters.getString(PREFIX);
		if (prefix == null) {
			throw new IllegalArgumentException("parameter 'prefix' is required (use prefix= for the whole bucket)");
		}
		return new BackfillRequest(bucket, prefix, ParameterValues.instant(parameters, MODIFIED_AFTER),
				ParameterValues.instant(parameters, MODIFIED_BEFORE), ParameterValues.flag(parameters, DRY_RUN));
	}

}
