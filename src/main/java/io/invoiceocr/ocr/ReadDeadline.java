package io.invoiceocr.ocr;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The time one document may take to be read, for the thread reading it. Readers check it where
 * they loop (between pages, every few hundred PDF operators), so that a 199-page blank scan or a
 * page of a million path operations fails with the limit named instead of holding its partition.
 *
 * <p>Why a thread-local deadline and not a future with a timeout: PDFBox and ONNX Runtime do not
 * answer interrupts, so a reader given up on would go on burning a core and holding its predictor
 * while the next document starts. A check inside the reader's own loops stops it for real.
 */
public final class ReadDeadline {

	private static final ThreadLocal<ReadDeadline> CURRENT = new ThreadLocal<>();

	private final long endsAtNanos;

	private final Duration limit;

	private final String setting;

	private String progress = "";

	private ReadDeadline(Duration limit, String setting) {
		this.limit = limit;
		this.setting = setting;
		this.endsAtNanos = System.nanoTime() + limit.toNanos();
	}

	/**
	 * Runs {@code work} on this thread with a deadline of {@code limit} from now.
	 * @param setting the setting that sets the limit, named in the failure
	 */
	public static <T> T within(Duration limit, String setting, Supplier<T> work) {
		ReadDeadline outer = CURRENT.get();
		CURRENT.set(new ReadDeadline(limit, setting));
		try {
			return work.get();
		}
		finally {
			if (outer == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(outer);
			}
		}
	}

	/** Says how far the reading has come ("page 37 of 199"), for the failure. */
	public static void progress(String where) {
		ReadDeadline deadline = CURRENT.get();
		if (deadline != null) {
			deadline.progress = where;
		}
	}

	/**
	 * Throws when this thread's deadline has passed; does nothing when it has none (evaluation
	 * commands, tests of a reader alone).
	 */
	public static void check() {
		ReadDeadline deadline = CURRENT.get();
		if (deadline != null && System.nanoTime() - deadline.endsAtNanos > 0) {
			throw new ReadTimeoutException(deadline.limit, deadline.setting, deadline.progress);
		}
	}

	/** A document that took longer to read than its limit. */
	public static final class ReadTimeoutException extends RuntimeException {

		private final Duration limit;

		ReadTimeoutException(Duration limit, String setting, String progress) {
			super("reading it took longer than the limit of " + describe(limit) + " per document"
					+ (progress.isEmpty() ? "" : " (it was at " + progress + ")")
					+ "; a document this slow to read is usually a scan of many blank pages or a drawing of millions of "
					+ "lines; raise " + setting + " to give it more time", null, false, false);
			this.limit = limit;
		}

		public Duration limit() {
			return limit;
		}

		private static String describe(Duration limit) {
			long seconds = limit.toSeconds();
			if (seconds % 60 == 0 && seconds >= 60) {
				return (seconds / 60) + " min";
			}
			return limit.toMillis() % 1000 == 0 ? seconds + " s" : limit.toMillis() + " ms";
		}

	}

}
