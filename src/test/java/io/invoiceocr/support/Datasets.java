package io.invoiceocr.support;

import java.nio.file.Path;

/**
 * Where the public evaluation datasets are (their layout: docs/benchmarks.md, "Datasets"): the
 * folder {@code INVOICE_OCR_DATASETS} names, or {@code datasets/} in the project folder. None of
 * them is in the repository; the tests that read one are skipped when it is not there.
 */
public final class Datasets {

	/** The environment variable that names the folder holding {@code sroie/}, {@code zugferd/}, ... */
	public static final String LOCATION = "INVOICE_OCR_DATASETS";

	private Datasets() {
	}

	public static Path root() {
		String location = System.getenv(LOCATION);
		return Path.of(location == null || location.isBlank() ? "datasets" : location);
	}

	/** One dataset's folder, e.g. {@code sroie}. */
	public static Path named(String name) {
		return root().resolve(name);
	}

}
