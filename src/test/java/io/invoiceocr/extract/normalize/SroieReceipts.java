package io.invoiceocr.extract.normalize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.invoiceocr.support.Datasets;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The SROIE receipts beside the project: each receipt's key fields as printed on it, and the
 * transcripts of its lines. Tests that read them are skipped where the data set is absent.
 */
final class SroieReceipts {

	static final Path KEYS = Datasets.named("sroie").resolve("key");

	static final Path LINES = Datasets.named("sroie").resolve("lines");

	private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

	/** One receipt: its printed date and total, and its lines in file order. */
	record Receipt(String name, String date, String total, List<String> lines) {
	}

	private SroieReceipts() {
	}

	/** Every receipt with a key file, or a skipped test when the data set is absent. */
	static List<Receipt> all() throws IOException {
		assumeTrue(Files.isDirectory(KEYS), "the SROIE data set is not at " + KEYS.toAbsolutePath());
		List<Receipt> receipts = new ArrayList<>();
		try (Stream<Path> keys = Files.list(KEYS)) {
			for (Path key : keys.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
				String name = key.getFileName().toString().replace(".json", "");
				Map<String, String> fields = fields(Files.readString(key, StandardCharsets.UTF_8));
				receipts.add(new Receipt(name, fields.get("date"), fields.get("total"), lines(name)));
			}
		}
		assumeTrue(!receipts.isEmpty(), "no SROIE key files in " + KEYS.toAbsolutePath());
		return receipts;
	}

	private static Map<String, String> fields(String json) {
		Map<String, String> fields = new HashMap<>();
		Matcher matcher = FIELD.matcher(json);
		while (matcher.find()) {
			fields.put(matcher.group(1), matcher.group(2));
		}
		return fields;
	}

	/** The transcripts: everything after the eight coordinates of each row. */
	private static List<String> lines(String name) throws IOException {
		Path file = LINES.resolve(name + ".txt");
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		return Files.readAllLines(file, StandardCharsets.UTF_8)
			.stream()
			.map(row -> row.split(",", 9))
			.filter(parts -> parts.length == 9)
			.map(parts -> parts[8])
			.toList();
	}

}
