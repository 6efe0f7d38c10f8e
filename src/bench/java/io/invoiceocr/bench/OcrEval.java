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

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.invoiceocr.ocr.OcrEngine;
import io.invoiceocr.ocr.OcrEngines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OCR evaluation: reads a dataset with the service's engine and, on SROIE images, with the peers
 * (RapidOCR-Java, Tesseract), then prints one table of quality and speed. Every engine's lines are
 * put into the same reading order ({@link io.invoiceocr.ocr.ReadingOrder}) as the ground truth
 * before scoring.
 *
 * <p>Arguments: {@code DATASET_DIR OUT_DIR [--engine OnnxRuntime|PaddlePaddle]
 * [--peers rapidocr,tesseract|none] [--limit N]}. Writes {@code OUT_DIR/<engine>/<id>.txt},
 * {@code times.tsv} (and {@code scores.tsv}, {@code errors.tsv}), {@code OUT_DIR/reference/<id>.txt}
 * and the table as {@code OUT_DIR/summary.txt}.
 */
public final class OcrEval {

	/** Threads for RapidOCR: the two cores these machines have. */
	private static final int RAPIDOCR_THREADS = 2;

	private static final String RULE = "=".repeat(100);

	private static final int RECEIPT_WARM_UP = 3;

	private static final int PDF_WARM_UP = 100;

	/** Creates the service's engine by name; the real one loads models, a test passes a fake. */
	@FunctionalInterface
	interface EngineFactory {

		OcrEngine create(String engineName) throws Exception;

	}

	private final EngineFactory engineFactory;

	private final LongSupplier nanoClock;

	private final PrintStream log;

	OcrEval(EngineFactory engineFactory, LongSupplier nanoClock, PrintStream log) {
		this.engineFactory = engineFactory;
		this.nanoClock = nanoClock;
		this.log = log;
	}

	public static void main(String[] args) throws Exception {
		EvalOptions options;
		try {
			options = EvalOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		quietLibraryLogging();
		// Models come with the build; nothing may be fetched while measuring.
		if (System.getProperty("ai.djl.offline") == null) {
			System.setProperty("ai.djl.offline", "true");
		}
		new OcrEval(OcrEngines::create, System::nanoTime, System.out).run(options);
	}

	List<EngineSummary> run(EvalOptions options) throws Exception {
		EvalDataset dataset = EvalDataset.open(options.dataset(), options.limit());
		Path out = options.out();
		Files.createDirectories(out);
		String header = String.format(Locale.ROOT, "OCR evaluation: %s (%s, %d documents), %d cores, Java %s%n",
				options.dataset(), dataset.kind(), dataset.documents().size(), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
		log.print(header);
		if (dataset.kind() == EvalDataset.Kind.SROIE) {
			writeReferences(dataset, out.resolve("reference"));
		}
		int warmUp = options.warmUp() != null ? options.warmUp() : defaultWarmUp(dataset);
		log.printf(Locale.ROOT, "warm-up: %d documents read untimed by each engine first%n", warmUp);
		List<DocumentReader> readers = new ArrayList<>();
		List<EngineSummary> summaries = new ArrayList<>();
		try {
			readers.add(new OwnEngineReader(options.engine(), engineFactory.create(options.engine())));
			for (String peerName : options.peers()) {
				DocumentReader peer = peer(peerName, dataset);
				if (peer != null) {
					readers.add(peer);
				}
			}
			log.printf(Locale.ROOT, "reading %d documents with %s%n", dataset.documents().size(),
					readers.stream().map(DocumentReader::name).toList());
			new EngineRun(nanoClock, log).run(readers, dataset.documents(), warmUp, out)
				.forEach((reader, outcomes) -> summaries.add(EngineSummary.of(reader.name(), outcomes)));
		}
		finally {
			for (DocumentReader reader : readers) {
				reader.close();
			}
		}
		String table = EvalTable.render(dataset.kind(), summaries);
		Files.writeString(out.resolve("summary.txt"), header + table, StandardCharsets.UTF_8);
		// Peers print from native code and log every page: the table comes last, fenced, to be found.
		log.println(RULE);
		log.print(header);
		log.print(table);
		log.println("texts and timings per engine in " + out.toAbsolutePath() + "/<engine>/, this table in summary.txt");
		log.println(RULE);
		return summaries;
	}

	/**
	 * Receipts: a few, enough for every recogniser input shape to have been seen. PDFs: PDFBox's
	 * text extraction runs at its steady speed only once the JIT has compiled it, after some hundred
	 * pages (on the 39 pages of the two PDF folders: 20 pages/s on the first pass, 50 on the second,
	 * 120 to 160 from the third on), and the PDF folders hold a few dozen pages: the documents are
	 * read over and over, {@value #PDF_WARM_UP} in all.
	 */
	private static int defaultWarmUp(EvalDataset dataset) {
		return dataset.kind() == EvalDataset.Kind.SROIE ? RECEIPT_WARM_UP : PDF_WARM_UP;
	}

	/** The peer, or null (with a note saying why) when it cannot run here or on this dataset. */
	private DocumentReader peer(String name, EvalDataset dataset) {
		if (dataset.kind() != EvalDataset.Kind.SROIE) {
			log.printf("note: peer %s skipped, peers run on SROIE images only%n", name);
			return null;
		}
		if (name.equals("tesseract")) {
			String version = TesseractPeer.version("tesseract");
			if (version == null) {
				log.println("note: no tesseract binary on PATH: the Tesseract column is skipped"
						+ " (Debian: apt-get install tesseract-ocr)");
				return null;
			}
			log.println("tesseract: " + version);
			return new TesseractPeer("tesseract");
		}
		try {
			return new RapidOcrPeer(RAPIDOCR_THREADS);
		}
		catch (RuntimeException | LinkageError ex) {
			// Its native library may not load on every platform; the other columns still count.
			log.println("note: RapidOCR could not start, its column is skipped: " + ex);
			return null;
		}
	}

	private static void writeReferences(EvalDataset dataset, Path folder) throws IOException {
		Files.createDirectories(folder);
		for (EvalDocument document : dataset.documents()) {
			Files.writeString(folder.resolve(document.id() + ".txt"), document.reference() + "\n", StandardCharsets.UTF_8);
		}
	}

	/** RapidOCR logs every page at INFO and DJL chats at DEBUG: only warnings are worth reading here. */
	static void quietLibraryLogging() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
		}
	}

}
