package io.invoiceocr.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The command line: {@code DATASET_DIR OUT_DIR [--limit N] [--ollama URL] [--model NAME] [--ocr-cache DIR]
 * [--documents pdf|scan]}.
 *
 * @param ollama   an Ollama base URL to extract with the language model (rules as fallback), or null
 * @param model    the model Ollama serves, or null for the configured default
 * @param ocrCache a folder keeping each document's OCR result, so that a second run reads them
 *                 instead of running OCR again; or null
 * @param documents which documents of a dataset that has two kinds (invoices: {@code pdf} or
 *                  {@code scan}), or null for the first
 */
record ExtractEvalOptions(Path dataset, Path out, int limit, String ollama, String model, Path ocrCache,
		String documents) {

	static final String USAGE = "usage: bench/extract-eval DATASET_DIR OUT_DIR [--limit N] [--ollama URL] [--model NAME]"
			+ " [--ocr-cache DIR] [--documents pdf|scan]";

	static ExtractEvalOptions parse(String... args) {
		BenchArguments parsed = BenchArguments.parse(args, Set.of("--limit", "--ollama", "--model", "--ocr-cache", "--documents"), USAGE);
		if (parsed.positional().size() != 2) {
			throw new IllegalArgumentException("expected DATASET_DIR and OUT_DIR\n" + USAGE);
		}
		Map<String, String> options = parsed.options();
		int limit = options.containsKey("--limit") ? BenchArguments.number("--limit", options.get("--limit"), 1) : 0;
		return new ExtractEvalOptions(Path.of(parsed.positional().get(0)), Path.of(parsed.positional().get(1)), limit,
				options.get("--ollama"), options.get("--model"),
				options.containsKey("--ocr-cache") ? Path.of(options.get("--ocr-cache")) : null, options.get("--documents"));
	}

}
