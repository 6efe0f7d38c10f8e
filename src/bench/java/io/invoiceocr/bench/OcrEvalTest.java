package io.invoiceocr.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.ImageIO;

import io.invoiceocr.ocr.OcrEngine;
import io.invoiceocr.ocr.OcrResult;
import io.invoiceocr.ocr.PagePath;
import io.invoiceocr.ocr.PageResult;
import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.TextLine;
import io.invoiceocr.ocr.decode.DocumentDecodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The evaluation end to end, on generated documents read by a fake engine on a fake clock. */
class OcrEvalTest {

	private static final String ENGINE_FOLDER = "invoice-ocr-OnnxRuntime";

	@TempDir
	Path dir;

	private final AtomicLong nanos = new AtomicLong();

	private final ByteArrayOutputStream console = new ByteArrayOutputStream();

	@Test
	void scoresTimesAndWritesEveryPageOfASroieFolder() throws Exception {
		// given two receipts with ground truth; the engine reads "a" perfectly in 100 ms (its lines
		// in detector order, right column first) and misreads one character of "b" in 300 ms
		Path dataset = sroie();
		FakeEngine engine = new FakeEngine(Map.of(
				"a.jpg", new FakePage(100, PagePath.OCR, line("9.00", 120, 52, 190, 72), line("Shop, Sdn Bhd", 10, 10, 190, 30),
						line("TOTAL", 10, 50, 90, 70)),
				"b.jpg", new FakePage(300, PagePath.OCR, line("CASH 10.0O", 10, 10, 190, 30),
						line("CHANGE 1.00", 10, 50, 190, 70))));
		Path out = dir.resolve("out");

		// when
		List<EngineSummary> summaries = evaluate(engine, dataset, out);

		// then three documents are read untimed first (starting over after the second), then each timed
		assertThat(engine.reads).containsExactly("a.jpg", "b.jpg", "a.jpg", "a.jpg", "b.jpg");
		assertThat(read(out.resolve(ENGINE_FOLDER + "/a.txt"))).isEqualTo("Shop, Sdn Bhd\nTOTAL 9.00\n");
		assertThat(read(out.resolve(ENGINE_FOLDER + "/b.txt"))).isEqualTo("CASH 10.0O\nCHANGE 1.00\n");
		assertThat(read(out.resolve(ENGINE_FOLDER + "/times.tsv"))).isEqualTo("a\t100.0\nb\t300.0\n");
		assertThat(read(out.resolve("reference/a.txt"))).isEqualTo("SHOP, SDN BHD\nTOTAL 9.00\n");
		assertThat(out.resolve(ENGINE_FOLDER + "/errors.tsv")).doesNotExist();

		// and the figures: b has 1 error in "cash 10.00\nchange 1.00" (22 characters), a has none
		// in "shop, sdn bhd\ntotal 9.00" (24); 3 of 4 reference lines read exactly
		EngineSummary summary = summaries.get(0);
		assertThat(summary.pages()).isEqualTo(2);
		assertThat(summary.meanCer()).isCloseTo((0 + 1.0 / 22) / 2, within(1e-12));
		assertThat(summary.corpusCer()).isCloseTo(1.0 / 46, within(1e-12));
		assertThat(summary.exactLineRate()).isEqualTo(0.75);
		assertThat(summary.medianMs()).isEqualTo(200);
		assertThat(summary.p95Ms()).isEqualTo(300);
		assertThat(summary.pagesPerSecond()).isCloseTo(5.0, within(1e-9));
		assertThat(tableRow(console.toString(StandardCharsets.UTF_8), ENGINE_FOLDER))
			.containsExactly(ENGINE_FOLDER, "2", "0.0227", "0.0217", "75.0%", "200", "300", "5.00");
		assertThat(tableRow(read(out.resolve("summary.txt")), ENGINE_FOLDER)).contains("0.0227");
	}

	@Test
	void aDocumentTheEngineCannotReadScoresAsAnEmptyPageAndIsListed() throws Exception {
		// given
		Path dataset = sroie();
		FakeEngine engine = new FakeEngine(Map.of("a.jpg", new FakePage(100, PagePath.OCR,
				line("SHOP, SDN BHD", 10, 10, 190, 30), line("TOTAL 9.00", 10, 50, 190, 70))));
		Path out = dir.resolve("out");

		// when
		EngineSummary summary = evaluate(engine, dataset, out).get(0);

		// then
		assertThat(read(out.resolve(ENGINE_FOLDER + "/errors.tsv"))).startsWith("b\t").contains("no page for b.jpg");
		assertThat(read(out.resolve(ENGINE_FOLDER + "/times.tsv"))).isEqualTo("a\t100.0\n");
		assertThat(out.resolve(ENGINE_FOLDER + "/b.txt")).doesNotExist();
		assertThat(summary.failures()).isEqualTo(1);
		assertThat(summary.meanCer()).isEqualTo(0.5);
		assertThat(summary.corpusCer()).isCloseTo(22.0 / 46, within(1e-12));
		assertThat(console.toString(StandardCharsets.UTF_8)).contains(ENGINE_FOLDER + ": 1 document(s) failed");
	}

	@Test
	void aPdfFolderReportsSpeedAndTheTextLayerAndOcrPages() throws Exception {
		// given two PDFs: two text-layer pages read in 200 ms, one scanned page read by OCR in 50 ms
		Path dataset = dir.resolve("pdfs");
		Files.createDirectories(dataset.resolve("pdf"));
		Files.write(dataset.resolve("pdf/x.pdf"), new byte[] { '%', 'P', 'D', 'F' });
		Files.write(dataset.resolve("pdf/y.pdf"), new byte[] { '%', 'P', 'D', 'F' });
		FakeEngine engine = new FakeEngine(Map.of("x.pdf",
				new FakePage(200, PagePath.TEXT_LAYER, line("INVOICE 7", 10, 10, 90, 20)),
				"y.pdf", new FakePage(50, PagePath.OCR, line("RECEIPT", 10, 10, 90, 20))));
		engine.pagesPerDocument.put("x.pdf", 2);
		Path out = dir.resolve("out");

		// when
		EngineSummary summary = evaluate(engine, dataset, out, "--peers", "rapidocr").get(0);

		// then the PDFs were read over and over untimed before the timed pass, and 200 ms over two
		// pages counts as two pages of 100 ms
		assertThat(engine.reads).hasSize(102).endsWith("x.pdf", "y.pdf", "x.pdf", "y.pdf");
		assertThat(summary.pages()).isEqualTo(3);
		assertThat(summary.textLayerPages()).isEqualTo(2);
		assertThat(summary.ocrPages()).isEqualTo(1);
		assertThat(summary.medianMs()).isEqualTo(100);
		assertThat(summary.pagesPerSecond()).isCloseTo(12.0, within(1e-9));
		assertThat(summary.meanCer()).isNaN();
		assertThat(read(out.resolve(ENGINE_FOLDER + "/x.txt"))).isEqualTo("INVOICE 7\n\f\nINVOICE 7\n");
		String printed = console.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("peer rapidocr skipped");
		assertThat(tableRow(printed, ENGINE_FOLDER)).containsExactly(ENGINE_FOLDER, "3", "100", "100", "12.00", "2", "1");
	}

	@Test
	void anImageWithoutGroundTruthIsLeftOutAndTheLimitTakesTheFirstDocuments() throws Exception {
		// given
		Path dataset = sroie();
		image(dataset.resolve("images/c.jpg"), "NO TRUTH");

		// when
		EvalDataset all = EvalDataset.open(dataset, 0);
		EvalDataset first = EvalDataset.open(dataset, 1);

		// then
		assertThat(all.kind()).isEqualTo(EvalDataset.Kind.SROIE);
		assertThat(all.documents()).extracting(EvalDocument::id).containsExactly("a", "b");
		assertThat(first.documents()).extracting(EvalDocument::id).containsExactly("a");
	}

	private List<EngineSummary> evaluate(FakeEngine engine, Path dataset, Path out, String... more) throws Exception {
		List<String> args = new ArrayList<>(List.of(dataset.toString(), out.toString(), "--peers", "none"));
		args.addAll(Arrays.asList(more));
		OcrEval eval = new OcrEval(name -> engine, nanos::get, new PrintStream(console, true, StandardCharsets.UTF_8));
		return eval.run(EvalOptions.parse(args.toArray(String[]::new)));
	}

	private Path sroie() throws IOException {
		Path dataset = dir.resolve("sroie");
		Files.createDirectories(dataset.resolve("images"));
		Files.createDirectories(dataset.resolve("lines"));
		image(dataset.resolve("images/a.jpg"), "SHOP, SDN BHD");
		image(dataset.resolve("images/b.jpg"), "CASH 10.00");
		Files.writeString(dataset.resolve("lines/a.txt"), """
				10,10,190,10,190,30,10,30,SHOP, SDN BHD
				10,50,90,50,90,70,10,70,TOTAL
				120,52,190,52,190,72,120,72,9.00
				""");
		Files.writeString(dataset.resolve("lines/b.txt"), """
				10,10,190,10,190,30,10,30,CASH 10.00
				10,50,190,50,190,70,10,70,CHANGE 1.00
				""");
		return dataset;
	}

	private static void image(Path file, String text) throws IOException {
		BufferedImage image = new BufferedImage(200, 80, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 200, 80);
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 14));
		g.drawString(text, 10, 25);
		g.dispose();
		ImageIO.write(image, "jpg", file.toFile());
	}

	private static TextLine line(String text, float left, float top, float right, float bottom) {
		return new TextLine(text, 0.9, Quad.ofRectangle(left, top, right, bottom), 1, 0);
	}

	private static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	/** The cells of the table row that starts with the engine's name. */
	private static List<String> tableRow(String printed, String engine) {
		return printed.lines()
			.filter(line -> line.startsWith("| " + engine + " "))
			.findFirst()
			.map(line -> Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList())
			.orElseThrow(() -> new AssertionError("no table row for " + engine + " in:\n" + printed));
	}

	private record FakePage(long millis, PagePath path, TextLine... lines) {
	}

	/** Answers from a table of pages and moves the fake clock by each document's read time. */
	private final class FakeEngine implements OcrEngine {

		final List<String> reads = new ArrayList<>();

		final Map<String, Integer> pagesPerDocument = new HashMap<>();

		private final Map<String, FakePage> pages;

		FakeEngine(Map<String, FakePage> pages) {
			this.pages = pages;
		}

		@Override
		public OcrResult read(Path document) throws DocumentDecodeException {
			String name = document.getFileName().toString();
			reads.add(name);
			FakePage page = pages.get(name);
			if (page == null) {
				throw new DocumentDecodeException(DocumentDecodeException.Reason.CORRUPT, "no page for " + name);
			}
			nanos.addAndGet(page.millis() * 1_000_000);
			List<PageResult> results = new ArrayList<>();
			for (int number = 1; number <= pagesPerDocument.getOrDefault(name, 1); number++) {
				// The engine's own page text is deliberately wrong: the harness must re-order the lines.
				results.add(new PageResult(number, page.path(), 200, 80, 0, List.of(page.lines()), "engine order",
						Map.of()));
			}
			return new OcrResult("image/jpeg", results, "Fake", Map.of(), Map.of());
		}

		@Override
		public PageResult readImage(BufferedImage image, int pageNumber) {
			throw new UnsupportedOperationException("the harness reads whole documents");
		}

		@Override
		public void close() {
		}

	}

}
