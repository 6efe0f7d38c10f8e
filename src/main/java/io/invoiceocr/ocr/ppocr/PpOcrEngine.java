package io.invoiceocr.ocr.ppocr;

import static io.invoiceocr.ocr.ppocr.OcrModelLoading.closeLoaded;
import static io.invoiceocr.ocr.ppocr.OcrModelLoading.dictionary;
import static io.invoiceocr.ocr.ppocr.OcrModelLoading.keep;
import static io.invoiceocr.ocr.ppocr.OcrModelLoading.load;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.invoiceocr.ocr.OcrEngine;
import io.invoiceocr.ocr.OcrProperties;
import io.invoiceocr.ocr.OcrResult;
import io.invoiceocr.ocr.PagePath;
import io.invoiceocr.ocr.PageResult;
import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.ReadDeadline;
import io.invoiceocr.ocr.ReadingOrder;
import io.invoiceocr.ocr.TextLine;
import io.invoiceocr.ocr.decode.DecodeLimits;
import io.invoiceocr.ocr.decode.DecodedDocument;
import io.invoiceocr.ocr.decode.DecodedPage;
import io.invoiceocr.ocr.decode.DocumentDecodeException;
import io.invoiceocr.ocr.decode.DocumentDecoder;
import io.invoiceocr.ocr.decode.BlankImages;
import io.invoiceocr.ocr.decode.BlankPage;
import io.invoiceocr.ocr.decode.ImagePage;
import io.invoiceocr.ocr.decode.RgbImages;
import io.invoiceocr.ocr.decode.TextLayerPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OCR engine: PP-OCRv4 through DJL, on ONNX Runtime (default) or PaddlePaddle. A document is
 * decoded one page at a time; pages with a usable PDF text layer take it, the others are read by
 * the PP-OCR pipeline. Thread-safe: each model has a pool of {@code concurrency} predictors.
 */
public final class PpOcrEngine implements OcrEngine {

	private static final Logger log = LoggerFactory.getLogger(PpOcrEngine.class);

	private final ModelFiles models;

	private final DocumentDecoder decoder;

	private final PredictorPool<DetectionTranslator.Request, List<Quad>> detector;

	private final PredictorPool<List<RgbImage>, boolean[]> classifier;

	private final PredictorPool<RecognitionBatch, List<Recognition>> recognizer;

	private final PpOcrPipeline pipeline;

	public PpOcrEngine(OcrProperties settings) {
		// Models come from the build, never from the network.
		System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
		// ONNX Runtime would otherwise start a second engine (PaddlePaddle, being on the classpath) for
		// array operations it lacks; the translators need none, and it would cost its native memory.
		System.setProperty("ai.djl.onnx.disable_alternative",
				System.getProperty("ai.djl.onnx.disable_alternative", "true"));
		this.models = ModelFiles.locate(settings.engine(), settings.modelDir());
		OcrProperties.Decode decode = settings.decode();
		this.decoder = new DocumentDecoder(new DecodeLimits(decode.maxBytes(), decode.maxPages(),
				decode.maxPixelsPerPage(), decode.renderDpi(), decode.minTextLayerChars()));
		long started = System.nanoTime();
		CharacterDictionary dictionary = dictionary(models.dictionary());
		List<AutoCloseable> loaded = new ArrayList<>();
		try {
			this.detector = keep(loaded, new PredictorPool<>(load(models.detection(), settings, new DetectionTranslator(
					new DbPostProcessor(settings.detThreshold(), settings.boxThreshold(), settings.unclipRatio())),
					DetectionTranslator.Request.class), settings.concurrency()));
			this.classifier = keep(loaded, new PredictorPool<>(load(models.classifier(), settings,
					new AngleTranslator(settings.clsThreshold()), List.class), settings.concurrency()));
			this.recognizer = keep(loaded, new PredictorPool<>(load(models.recognizer(), settings,
					new RecognitionTranslator(dictionary, dictionary.allowed(settings.alphabet()),
							settings.spaceThreshold()),
					RecognitionBatch.class), settings.concurrency()));
		}
		catch (RuntimeException ex) {
			closeLoaded(loaded, ex);
			throw ex;
		}
		this.pipeline = new PpOcrPipeline(detector, classifier, recognizer, settings);
		log.info("OCR engine {} ready in {} ms: {}", models.engine(), (System.nanoTime() - started) / 1_000_000,
				models.names());
	}

	@Override
	public OcrResult read(Path document) throws DocumentDecodeException {
		Map<String, Long> totals = new LinkedHashMap<>();
		List<PageResult> pages = new ArrayList<>();
		try (DecodedDocument decoded = decoder.open(document)) {
			for (int number = 1; number <= decoded.pageCount(); number++) {
				ReadDeadline.progress("page " + number + " of " + decoded.pageCount());
				ReadDeadline.check();
				long started = System.nanoTime();
				DecodedPage page = decoded.page(number);
				long decodeMs = (System.nanoTime() - started) / 1_000_000;
				PageResult result = read(page);
				Map<String, Long> timings = new LinkedHashMap<>(result.timingsMs());
				timings.put("decode", decodeMs);
				timings.merge("total", decodeMs, Long::sum);
				timings.forEach((stage, ms) -> totals.merge(stage, ms, Long::sum));
				pages.add(new PageResult(result.number(), result.path(), result.width(), result.height(),
						result.rotation(), result.lines(), result.text(), timings));
			}
			return new OcrResult(decoded.mediaType(), pages, models.engine(), models.names(), totals);
		}
	}

	private PageResult read(DecodedPage page) {
		if (page instanceof TextLayerPage textLayer) {
			// the decoder hands the lines over in reading order already
			List<TextLine> lines = textLayer.lines();
			return new PageResult(textLayer.number(), PagePath.TEXT_LAYER, Math.round(textLayer.width()),
					Math.round(textLayer.height()), 0, lines, ReadingOrder.text(lines), Map.of());
		}
		// The decoder has applied the EXIF orientation already: boxes and rotation refer to the page
		// as decoded, the way a viewer shows it.
		if (page instanceof BlankPage blank) {
			return new PageResult(blank.number(), PagePath.BLANK, Math.round(blank.width()), Math.round(blank.height()),
					0, List.of(), "", Map.of());
		}
		ImagePage image = (ImagePage) page;
		if (BlankImages.isBlank(image.image())) {
			// Nothing to find, and detection on an empty 300 dpi page costs as much as on a full one.
			return new PageResult(image.number(), PagePath.BLANK, image.image().getWidth(), image.image().getHeight(),
					0, List.of(), "", Map.of());
		}
		return pipeline.read(RgbImage.adopting(image.image()), image.number());
	}

	@Override
	public PageResult readImage(BufferedImage image, int pageNumber) {
		// transparency on white, gray values as they are: the same pixels the decoder would give
		return pipeline.read(RgbImage.of(RgbImages.toPageImage(image)), pageNumber);
	}

	@Override
	public void close() {
		detector.close();
		classifier.close();
		recognizer.close();
	}

}
