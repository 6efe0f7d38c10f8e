package io.invoiceocr.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.invoiceocr.extract.Extraction;
import io.invoiceocr.extract.ExtractionInput;
import io.invoiceocr.extract.InvoiceExtractor;
import io.invoiceocr.ocr.OcrEngine;
import io.invoiceocr.ocr.OcrEngines;
import io.invoiceocr.ocr.OcrResult;
import io.invoiceocr.ocr.PagePath;
import io.invoiceocr.ocr.PageResult;
import io.invoiceocr.ocr.ReadingOrder;
import io.invoiceocr.ocr.TextLine;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extraction evaluation: reads each document of a dataset with the service's OCR engine (or a
 * PDF's text layer), extracts the invoice, writes {@code OUT_DIR/<id>.json} and prints per-field
 * accuracy after normalisation, with the list of misses. On ZUGFeRD PDFs it runs twice: from the
 * page text alone, then with the embedded e-invoice XML. On SROIE it also prints, separately
 * labelled, the extractor on the ground-truth lines: the extractor alone, without OCR errors.
 *
 * <p>Arguments: {@code DATASET_DIR OUT_DIR [--limit N] [--ollama URL] [--model NAME]}.
 */
public final class ExtractEval {

	private static final String RULE = "=".repeat(100);

	private final PrintStream log;

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	ExtractEval(PrintStream log) {
		this.log = log;
	}

	public static void main(String[] args) throws Exception {
		ExtractEvalOptions options;
		try {
			options = ExtractEvalOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		OcrEval.quietLibraryLogging();
		new ExtractEval(System.out).run(options);
	}

	void run(ExtractEvalOptions options) throws Exception {
		ExtractDataset dataset = ExtractDataset.open(options.dataset(), options.documents(), options.limit(), json);
		Files.createDirectories(options.out());
		String header = String.format(Locale.ROOT, "Extraction evaluation: %s (%s, %d documents)%n", options.dataset(),
				dataset.layout(), dataset.cases().size());
		log.print(header);
		List<Run> runs = new ArrayList<>();
		try (ExtractorChoice choice = ExtractorChoice.of(options); OcrEngine engine = OcrEngines.create("OnnxRuntime")) {
			log.println("extractor: " + choice.description());
			List<OcrResult> read = new ArrayList<>();
			for (ExtractDataset.Case document : dataset.cases()) {
				read.add(ocr(engine, document, options.ocrCache()));
				if (read.size() % 20 == 0) {
					log.printf(Locale.ROOT, "read %d/%d documents%n", read.size(), dataset.cases().size());
				}
			}
			String source = dataset.layout() == ExtractLayout.SROIE ? "OCR" : "text layer";
			runs.add(run(choice.description() + " on this project's " + source
					+ (dataset.layout() == ExtractLayout.ZUGFERD ? ", without the embedded XML" : ""), dataset, read,
					choice.fromText(), options.out()));
			if (dataset.layout() == ExtractLayout.ZUGFERD) {
				runs.add(run("with the embedded XML (ZUGFeRD / Factur-X), " + choice.description() + " where there is none",
						dataset, read, choice.withEmbeddedXml(), options.out().resolve("embedded-xml")));
			}
			if (dataset.layout() == ExtractLayout.SROIE) {
				List<OcrResult> truthLines = new ArrayList<>();
				for (ExtractDataset.Case document : dataset.cases()) {
					truthLines.add(groundTruthLines(document));
				}
				runs.add(run("DIAGNOSTIC, not the figure: " + choice.description()
						+ " on the ground-truth lines (the extractor alone, without OCR errors)", dataset, truthLines,
						choice.fromText(), options.out().resolve("ground-truth-lines")));
			}
		}
		StringBuilder summary = new StringBuilder(header);
		for (Run run : runs) {
			summary.append('\n').append(run.score().render(run.title()));
		}
		Files.writeString(options.out().resolve("summary.txt"), summary, StandardCharsets.UTF_8);
		log.println(RULE);
		log.print(summary);
		Run main = runs.get(0);
		log.printf(Locale.ROOT, "%nmisses of the first table (%d; all runs' misses in misses.tsv of each folder):%n",
				main.score().misses().size());
		for (ExtractScore.Miss miss : main.score().misses()) {
			log.printf(Locale.ROOT, "  %-40s %-16s expected %-40s got %s%n", miss.id(), miss.field(), quote(miss.expected()),
					miss.predicted() == null ? "nothing" : quote(miss.predicted().toString()));
		}
		log.println("predicted fields in " + options.out().toAbsolutePath() + "/<id>.json");
		log.println(RULE);
	}

	private record Run(String title, ExtractScore score) {
	}

	private Run run(String title, ExtractDataset dataset, List<OcrResult> read, InvoiceExtractor extractor, Path out)
			throws Exception {
		Files.createDirectories(out);
		ExtractScore score = new ExtractScore(dataset.layout());
		StringBuilder misses = new StringBuilder("id\tfield\texpected\tpredicted\n");
		for (int i = 0; i < dataset.cases().size(); i++) {
			ExtractDataset.Case document = dataset.cases().get(i);
			Extraction extraction = extractor.extract(new ExtractionInput(read.get(i), document.file()));
			Files.writeString(out.resolve(document.id() + ".json"), json.writeValueAsString(extraction),
					StandardCharsets.UTF_8);
			score.add(document, extraction.invoice());
		}
		for (ExtractScore.Miss miss : score.misses()) {
			misses.append(String.join("\t", miss.id(), miss.field(), EngineRun.oneLine(miss.expected()),
					miss.predicted() == null ? "" : EngineRun.oneLine(miss.predicted().toString()))).append('\n');
		}
		Files.writeString(out.resolve("misses.tsv"), misses, StandardCharsets.UTF_8);
		return new Run(title, score);
	}

	/** The document's OCR result, from the cache folder when it holds it. */
	private OcrResult ocr(OcrEngine engine, ExtractDataset.Case document, Path cache) throws Exception {
		if (cache == null) {
			return engine.read(document.file());
		}
		Path cached = cache.resolve(document.id() + ".ocr.json");
		if (Files.isRegularFile(cached)) {
			return json.readValue(cached.toFile(), OcrResult.class);
		}
		OcrResult result = engine.read(document.file());
		Files.createDirectories(cache);
		Files.writeString(cached, json.writeValueAsString(result), StandardCharsets.UTF_8);
		return result;
	}

	/** SROIE's own transcription of the receipt, as if OCR had read it perfectly. */
	private static OcrResult groundTruthLines(ExtractDataset.Case document) throws Exception {
		List<TextLine> lines = ReadingOrder.order(SroieLines.read(document.lines()));
		PageResult page = new PageResult(1, PagePath.OCR, 0, 0, 0, lines, ReadingOrder.text(lines), Map.of());
		return new OcrResult("image/jpeg", List.of(page), "ground truth", Map.of(), Map.of());
	}

	private static String quote(String text) {
		return "\"" + EngineRun.oneLine(text) + "\"";
	}

}
