package io.invoiceocr.ocr.ppocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.djl.MalformedModelException;
import ai.djl.Device;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.Translator;
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
			// a model that fails to load must not strand the ones loaded before it in native memory
			for (AutoCloseable model : loaded) {
				try {
					model.close();
				}
				catch (Exception closing) {
					ex.addSuppressed(closing);
				}
			}
			throw ex;
		}
		this.pipeline = new PpOcrPipeline(detector, classifier, recognizer, settings);
		log.info("OCR engine {} ready in {} ms: {}", models.engine(), (System.nanoTime() - started) / 1_000_000,
				models.names());
	}

	private static <T extends AutoCloseable> T keep(List<AutoCloseable> loaded, T resource) {
		loaded.add(resource);
		return resource;
	}

	private static CharacterDictionary dictionary(Path file) {
		try {
			return CharacterDictionary.load(file);
		}
		catch (IOException ex) {
			throw new OcrModelException("cannot read the OCR dictionary " + file, ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static <I, O> ZooModel<I, O> load(ModelFiles.Model model, OcrProperties settings,
			Translator<I, O> translator, Class<?> inputType) {
		Criteria.Builder<I, O> criteria = Criteria.builder()
			.setTypes((Class<I>) inputType, (Class<O>) Object.class)
			.optModelPath(model.folder())
			.optModelName(model.name())
			.optEngine(settings.engine())
			.optDevice("gpu".equals(settings.device()) ? Device.gpu() : Device.cpu())
			.optTranslator(translator);
		if (ModelFiles.ONNX.equals(settings.engine())) {
			criteria.optOption("intraOpNumThreads", Integer.toString(settings.intraOpThreads()))
				.optOption("interOpNumThreads", "1");
		}
		else {
			criteria.optOption("CMLNumThreads", Integer.toString(settings.intraOpThreads()));
		}
		try {
			return criteria.build().loadModel();
		}
		catch (ModelNotFoundException | MalformedModelException | IOException ex) {
			throw new OcrModelException("cannot load OCR model " + model.file() + " with " + settings.engine() + ": "
					+ ex.getMessage(), ex);
		}
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
