package io.invoiceocr.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Runs one engine over the documents: untimed warm-up reads of the first {@value #WARM_UP}
 * documents (the first inference at each input shape is several times slower, the JIT compiles the
 * PDF text path only after a few pages, and model loading is not reading; a batch service is past
 * all that after its first documents), then every document timed by wall clock. Writes each page text and the timings to the engine's folder.
 */
final class EngineRun {

	private static final int PROGRESS_EVERY = 10;

	static final int WARM_UP = 3;

	private final LongSupplier nanoClock;

	private final PrintStream log;

	EngineRun(LongSupplier nanoClock, PrintStream log) {
		this.nanoClock = nanoClock;
		this.log = log;
	}

	List<DocumentOutcome> run(DocumentReader reader, List<EvalDocument> documents, Path folder) throws IOException {
		Files.createDirectories(folder);
		documents.stream().limit(WARM_UP).forEach(document -> warmUp(reader, document));
		List<DocumentOutcome> outcomes = new ArrayList<>(documents.size());
		StringBuilder times = new StringBuilder();
		StringBuilder errors = new StringBuilder();
		StringBuilder scores = new StringBuilder("id\tcer\tdistance\treference_chars\texact_lines\treference_lines\n");
		for (EvalDocument document : documents) {
			DocumentOutcome outcome = readOne(reader, document);
			outcomes.add(outcome);
			if (outcome.failed()) {
				errors.append(document.id()).append('\t').append(oneLine(outcome.error())).append('\n');
			}
			else {
				Files.writeString(folder.resolve(document.id() + ".txt"), outcome.reading().text() + "\n",
						StandardCharsets.UTF_8);
				times.append(String.format(Locale.ROOT, "%s\t%.1f%n", document.id(), outcome.millis()));
			}
			if (outcome.score() != null) {
				OcrScore.Page score = outcome.score();
				scores.append(String.format(Locale.ROOT, "%s\t%.4f\t%d\t%d\t%d\t%d%n", document.id(), score.cer(),
						score.distance(), score.referenceLength(), score.exactLines(), score.referenceLines()));
			}
			if (outcomes.size() % PROGRESS_EVERY == 0 && outcomes.size() < documents.size()) {
				log.printf(Locale.ROOT, "%s: %d/%d documents%n", reader.name(), outcomes.size(), documents.size());
			}
		}
		Files.writeString(folder.resolve("times.tsv"), times, StandardCharsets.UTF_8);
		if (documents.get(0).hasReference()) {
			Files.writeString(folder.resolve("scores.tsv"), scores, StandardCharsets.UTF_8);
		}
		Path errorsFile = folder.resolve("errors.tsv");
		if (!errors.isEmpty()) {
			Files.writeString(errorsFile, errors, StandardCharsets.UTF_8);
		}
		else {
			Files.deleteIfExists(errorsFile); // left over from an earlier run into the same folder
		}
		return outcomes;
	}

	private void warmUp(DocumentReader reader, EvalDocument first) {
		try {
			reader.read(first.file());
		}
		catch (Exception ex) {
			// The timed read of the same document will record the failure; the warm-up only notes it.
			log.printf(Locale.ROOT, "%s: warm-up on %s failed: %s%n", reader.name(), first.id(), ex);
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

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

}
