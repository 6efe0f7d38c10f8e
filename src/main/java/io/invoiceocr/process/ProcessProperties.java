package io.invoiceocr.process;

import java.nio.file.Path;
import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How claimed documents are processed.
 *
 * @param partitions         partitions a run's documents are split into, each worked by its own
 *                           thread; 0 = two per CPU core, so that while some documents are being
 *                           read, others are fetched, extracted and written (and, with a language
 *                           model, wait for their answer)
 * @param chunkSize          documents per transaction: a restart resumes after the last committed chunk
 * @param maxDocumentsPerRun at most this many PENDING documents are claimed by one run
 * @param lease              how long a claim holds without a sign of life from its run. It is renewed
 *                           at the start of a chunk once half of it has run out, so it must exceed
 *                           twice the longest chunk. A claim whose lease ran out goes back to PENDING
 * @param maxAttempts        a document taken this many times by runs that all died (one that
 *                           crashes the reader or exhausts memory) is FAILED instead of PENDING again
 * @param reuseResults       a document whose bytes equal those of a COMPLETED document takes over its
 *                           result instead of being read again (a re-upload of the same file)
 * @param tempDir            where fetched objects are kept while they are read; empty = the system's
 * @param progressInterval   how often a run logs its progress
 * @param documentTimeout    how long one document may take to be fetched, read and extracted; a
 *                           document over it is FAILED with the limit named (a scan of hundreds of
 *                           blank pages, a page of millions of drawing operations)
 */
@Validated
@ConfigurationProperties("invoice-ocr.process")
public record ProcessProperties(@Min(0) @Max(64) @DefaultValue("0") int partitions,
		@Min(1) @Max(1000) @DefaultValue("4") int chunkSize,
		@Min(1) @DefaultValue("100000") int maxDocumentsPerRun, @NotNull @DefaultValue("30m") Duration lease,
		@Min(1) @Max(100) @DefaultValue("5") int maxAttempts,
		@DefaultValue("true") boolean reuseResults, @DefaultValue("") String tempDir,
		@NotNull @DefaultValue("30s") Duration progressInterval, @NotNull @DurationMin(seconds = 1) @DefaultValue("5m") Duration documentTimeout) {

	public static final String DOCUMENT_TIMEOUT = "invoice-ocr.process.document-timeout";

	/** The partitions to use: as configured, or two per core. */
	public int effectivePartitions() {
		return partitions > 0 ? partitions : 2 * Runtime.getRuntime().availableProcessors();
	}

	/** Where fetched objects are kept while they are read: {@code tempDir}, or the system's temporary directory. */
	public Path tempDirectory() {
		return Path.of(tempDir.isBlank() ? System.getProperty("java.io.tmpdir") : tempDir);
	}

}
