package io.invoiceocr.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Runs the engines over the documents, interleaved: each document is read by every engine in turn
 * before the next, so that a slower spell of the machine (other tenants, frequency scaling) falls
 * on all engines alike instead of on whichever ran at that time. Untimed warm-up reads come first:
 * the first inference at each input shape is several times slower, the JIT compiles the PDF text
 * path only after some dozens of pages, and model loading is not reading; a batch service is past
 * all that after its first documents. Then every document is timed by wall clock. Writes each page
 * text and the timings to each engine's folder.
 */
final class EngineRun {

	private static final int PROGRESS_EVERY = 10;

	private final LongSupplier nanoClock;

	private final PrintStream log;

	EngineRun(LongSupplier nanoClock, PrintStream log) {
		this.nanoClock = nanoClock;
		this.log = log;
	}

	/**
	 * @param warmUp how many documents each engine reads untimed before the timed reads, from the
	 *               first on, starting over at the first when there are fewer
	 * @return each engine's outcomes, in document order
	 */
	Map<DocumentReader, List<DocumentOutcome>> run(List<DocumentReader> readers, List<EvalDocument> documents,
			int warmUp, Path out) throws IOException {
		for (int i = 0; i < warmUp; i++) {
			EvalDocument document = documents.get(i % documents.size());
			readers.forEach(reader -> warmUp(reader, document));
		}
		Map<DocumentReader, List<DocumentOutcome>> outcomes = new LinkedHashMap<>();
		readers.forEach(reader -> outcomes.put(reader, new ArrayList<>(documents.size())));
		for (int i = 0; i < documents.size(); i++) {
			for (DocumentReader reader : readers) {
				outcomes.get(reader).add(readOne(reader, documents.get(i)));
			}
			if ((i + 1) % PROGRESS_EVERY == 0 && i + 1 < documents.size()) {
				log.printf(Locale.ROOT, "%d/%d documents read by every engine%n", i + 1, documents.size());
			}
		}
		for (DocumentReader reader : readers) {
			write(outcomes.get(reader), out.resolve(reader.name()), documents.get(0).hasReference());
		}
		return outcomes;
	}

	private static void write(List<DocumentOutcome> outcomes, Path folder, boolean scored) throws IOException {
		Files.createDirectories(folder);
		StringBuilder times = new StringBuilder();
		StringBuilder errors = new StringBuilder();
		StringBuilder scores = new StringBuilder("id\tcer\tdistance\treference_chars\texact_lines\treference_lines\n");
		for (DocumentOutcome outcome : outcomes) {
			String id = outcome.document().id();
			if (outcome.failed()) {
				errors.append(id).append('\t').append(oneLine(outcome.error())).append('\n');
			}
			else {
				Files.writeString(folder.resolve(id + ".txt"), outcome.reading().text() + "\n", StandardCharsets.UTF_8);
				times.append(String.format(Locale.ROOT, "%s\t%.1f%n", id, outcome.millis()));
			}
			if (outcome.score() != null) {
				OcrScore.Page score = outcome.score();
				scores.append(String.format(Locale.ROOT, "%s\t%.4f\t%d\t%d\t%d\t%d%n", id, score.cer(), score.distance(),
						score.referenceLength(), score.exactLines(), score.referenceLines()));
			}
		}
		Files.writeString(folder.resolve("times.tsv"), times, StandardCharsets.UTF_8);
		if (scored) {
			Files.writeString(folder.resolve("scores.tsv"), scores, StandardCharsets.UTF_8);
		}
		Path errorsFile = folder.resolve("errors.tsv");
		if (!errors.isEmpty()) {
			Files.writeString(errorsFile, errors, StandardCharsets.UTF_8);
		}
		else {
			Files.deleteIfExists(errorsFile); // left over from an earlier run into the same folder
		}
	}

	private void warmUp(DocumentReader reader, EvalDocument document) {
		try {
			reader.read(document.file());
		}
		catch (Exception ex) {
			// The timed read of the same document will record the failure; the warm-up only notes it.
			log.printf(Locale.ROOT, "%s: warm-up on %s failed: %s%n", reader.name(), document.id(), ex);
		}
	}

	private DocumentOutcome readOne(DocumentReader reader, EvalDocument document) {
		Reading reading = null;
		String error = null;
		long start = nanoClock.getAsLong();
		try {
			reading = reader.read(document.file());
		}
		catch (Exception ex) {
			error = ex.toString();
		}
		double millis = (nanoClock.getAsLong() - start) / 1e6;
		// A failed read scores as an empty page: leaving it out would flatter the engine.
		OcrScore.Page score = document.hasReference()
				? OcrScore.page(reading == null ? "" : reading.text(), document.reference()) : null;
		return new DocumentOutcome(document, reading, millis, error, score);
	}

	static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

}
