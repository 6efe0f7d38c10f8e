package io.invoiceocr.job.remote;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the partitions of the processing step run.
 *
 * @param mode         {@code local}: on threads of the process running the job; {@code remote}: the
 *                     partition requests go to worker processes (the same jar with the {@code worker}
 *                     profile) through a channel kept in PostgreSQL, and the run waits for their
 *                     results in the job repository
 * @param pollInterval how often the run looks for its partitions' results and for dead workers
 * @param lease        a worker renews the lease of each partition it runs; a partition whose lease
 *                     has not been renewed for this long belongs to a worker that died, and is FAILED
 *                     so that a restart of the run gives it to another worker
 * @param worker       this process as a worker
 */
@Validated
@ConfigurationProperties("invoice-ocr.partitioning")
public record PartitioningProperties(@NotNull @Pattern(regexp = "local|remote") @DefaultValue("local") String mode,
		@NotNull @DefaultValue("1s") Duration pollInterval, @NotNull @DefaultValue("30s") Duration lease,
		@NotNull @Valid @DefaultValue Worker worker) {

	public boolean remote() {
		return "remote".equals(mode);
	}

	/**
	 * @param enabled     take partition requests and run them (set by the {@code worker} profile)
	 * @param concurrency partitions run at the same time; 0 = two per core, as local partitions
	 * @param idlePoll    an idle worker is woken by PostgreSQL (LISTEN/NOTIFY) when a request arrives;
	 *                    it also looks this often, in case it missed a notification
	 */
	public record Worker(@DefaultValue("false") boolean enabled, @Min(0) @Max(256) @DefaultValue("0") int concurrency,
			@NotNull @DefaultValue("15s") Duration idlePoll) {

		public int effectiveConcurrency() {
			return concurrency > 0 ? concurrency : 2 * Runtime.getRuntime().availableProcessors();
		}

	}

}
