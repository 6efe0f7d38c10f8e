package io.invoiceocr.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line: {@code DATASET_DIR OUT_DIR [--limit N] [--ollama URL] [--model NAME] [--ocr-cache DIR]}.
 *
 * @param ollama   an Ollama base URL to extract with the language model (rules as fallback), or null
 * @param model    the model Ollama serves, or null for the configured default
 * @param ocrCache a folder keeping each document's OCR result, so that a second run reads them
 *                 instead of running OCR again; or null
 */
record ExtractEvalOptions(Path dataset, Path out, int limit, String ollama, String model, Path ocrCache) {

	static final String USAGE = "usage: bench/extract-eval DATASET_DIR OUT_DIR [--limit N] [--ollama URL] [--model NAME]"
			+ " [--ocr-cache DIR]";

	static ExtractEvalOptions parse(String... args) {
		List<String> positional = new ArrayList<>();
		int limit = 0;
		String ollama = null;
		String model = null;
		Path ocrCache = null;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.isBlank()) {
				continue;
			}
			if (!arg.startsWith("--")) {
				positional.add(arg);
				continue;
			}
			String[] pair = arg.split("=", 2);
			String value = pair.length == 2 ? pair[1] : (i + 1 < args.length ? args[++i] : null);
			if (value == null) {
				throw new IllegalArgumentException(arg + " needs a value\n" + USAGE);
			}
			switch (pair[0]) {
				case "--limit" -> limit = positive(value);
				case "--ollama" -> ollama = value;
				case "--model" -> model = value;
				case "--ocr-cache" -> ocrCache = Path.of(value);
				default -> throw new IllegalArgumentException("unknown option " + pair[0] + "\n" + USAGE);
			}
		}
		if (positional.size() != 2) {
			throw new IllegalArgumentException("expected DATASET_DIR and OUT_DIR\n" + USAGE);
		}
		return new ExtractEvalOptions(Path.of(positional.get(0)), Path.of(positional.get(1)), limit, ollama, model, ocrCache);
	}

	private static int positive(String value) {
		try {
			int number = Integer.parseInt(value);
			if (number > 0) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException("--limit must be a positive number, not " + value);
	}

}
