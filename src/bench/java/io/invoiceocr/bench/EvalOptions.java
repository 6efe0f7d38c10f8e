package io.invoiceocr.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
		BenchArguments parsed = BenchArguments.parse(args, Set.of("--engine", "--peers", "--limit", "--warm-up"), USAGE);
		if (parsed.positional().size() != 2) {
			throw new IllegalArgumentException("expected DATASET_DIR and OUT_DIR\n" + USAGE);
		}
		Map<String, String> options = parsed.options();
		String engine = engine(options.getOrDefault("--engine", "OnnxRuntime"));
		List<String> peers = options.containsKey("--peers") ? peers(options.get("--peers")) : PEERS;
		int limit = options.containsKey("--limit") ? BenchArguments.number("--limit", options.get("--limit"), 1) : 0;
		Integer warmUp = options.containsKey("--warm-up") ? BenchArguments.number("--warm-up", options.get("--warm-up"), 0)
				: null;
		return new EvalOptions(Path.of(parsed.positional().get(0)), Path.of(parsed.positional().get(1)), engine, peers,
				limit, warmUp);
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

}
