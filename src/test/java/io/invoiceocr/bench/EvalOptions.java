package io.invoiceocr.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The command line: {@code DATASET_DIR OUT_DIR [--engine OnnxRuntime|PaddlePaddle]
 * [--peers rapidocr,tesseract|none] [--limit N] [--warm-up N]}.
 *
 * @param warmUp documents read untimed before the timed reads (starting over at the first when
 *               there are fewer), null for the dataset's default
 */
record EvalOptions(Path dataset, Path out, String engine, List<String> peers, int limit, Integer warmUp) {

	static final String USAGE = "usage: bench/ocr-eval DATASET_DIR OUT_DIR [--engine OnnxRuntime|PaddlePaddle]"
			+ " [--peers rapidocr,tesseract|none] [--limit N] [--warm-up N]";

	static final Set<String> ENGINES = Set.of("OnnxRuntime", "PaddlePaddle");

	static final List<String> PEERS = List.of("rapidocr", "tesseract");

	EvalOptions {
		peers = List.copyOf(peers);
	}

	static EvalOptions parse(String... args) {
		List<String> positional = new ArrayList<>();
		String engine = "OnnxRuntime";
		List<String> peers = PEERS;
		int limit = 0;
		Integer warmUp = null;
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
			String value;
			if (pair.length == 2) {
				value = pair[1];
			}
			else if (i + 1 < args.length) {
				value = args[++i];
			}
			else {
				throw new IllegalArgumentException(arg + " needs a value\n" + USAGE);
			}
			switch (pair[0]) {
				case "--engine" -> engine = engine(value);
				case "--peers" -> peers = peers(value);
				case "--limit" -> limit = limit(value);
				case "--warm-up" -> warmUp = warmUp(value);
				default -> throw new IllegalArgumentException("unknown option " + pair[0] + "\n" + USAGE);
			}
		}
		if (positional.size() != 2) {
			throw new IllegalArgumentException("expected DATASET_DIR and OUT_DIR\n" + USAGE);
		}
		return new EvalOptions(Path.of(positional.get(0)), Path.of(positional.get(1)), engine, peers, limit, warmUp);
	}

	private static String engine(String value) {
		if (!ENGINES.contains(value)) {
			throw new IllegalArgumentException("--engine must be OnnxRuntime or PaddlePaddle, not " + value);
		}
		return value;
	}

	private static List<String> peers(String value) {
		if (value.equals("none")) {
			return List.of();
		}
		List<String> peers = Arrays.stream(value.split(",")).map(String::strip).filter(p -> !p.isEmpty()).distinct().toList();
		for (String peer : peers) {
			if (!PEERS.contains(peer)) {
				throw new IllegalArgumentException("--peers takes rapidocr, tesseract or none, not " + peer);
			}
		}
		return peers;
	}

	private static int warmUp(String value) {
		try {
			int warmUp = Integer.parseInt(value);
			if (warmUp >= 0) {
				return warmUp;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException("--warm-up must be a number of documents (0 or more), not " + value);
	}

	private static int limit(String value) {
		try {
			int limit = Integer.parseInt(value);
			if (limit > 0) {
				return limit;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException("--limit must be a positive number, not " + value);
	}

}
