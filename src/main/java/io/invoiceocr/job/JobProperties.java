package io.invoiceocr.job;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings shared by the jobs.
 *
 * @param printReport          print a table of the documents a run touched when it ends (for
 *                             people at a terminal; off in services, where logs and metrics serve)
 * @param reportRows           at most this many rows in that table
 * @param backfillPageSize     keys per ListObjectsV2 page
 * @param backfillChunkSize    objects per transaction in a backfill
 * @param staleAfter           a STARTED execution without progress for this long belongs to a run
 *                             that died; it is recovered before the job is launched again (must
 *                             exceed the longest chunk)
 */
@Validated
@ConfigurationProperties("invoice-ocr.job")
public record JobProperties(@DefaultValue("false") boolean printReport, @Min(1) @DefaultValue("50") int reportRows,
		@Min(1) @Max(1000) @DefaultValue("1000") int backfillPageSize,
		@Min(1) @Max(10_000) @DefaultValue("200") int backfillChunkSize,
		@NotNull @DefaultValue("10m") Duration staleAfter) {
}
