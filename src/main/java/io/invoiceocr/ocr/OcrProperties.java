package io.invoiceocr.ocr;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The OCR engine. Defaults are PaddleOCR's own for PP-OCRv4 ({@code tools/infer/utility.py}).
 *
 * @param engine             {@code OnnxRuntime} (the bundled PP-OCRv4 ONNX models) or
 *                           {@code PaddlePaddle} (Paddle-format models in {@code model-dir})
 * @param modelDir           for PaddlePaddle: a folder with {@code det/}, {@code cls/} and {@code rec/},
 *                           each holding {@code inference.pdmodel} and {@code inference.pdiparams}; for
 *                           OnnxRuntime: optional folder with ONNX models replacing the bundled ones
 * @param detLimitSide       the detector sees the page with its longer side at most this many pixels
 * @param smallTextLimitSide when the smaller text of a page is only a few pixels high at
 *                           {@code detLimitSide} (small print on a large scan), the page is detected
 *                           again with its longer side up to this many pixels; 0 turns it off
 * @param detThreshold       probability above which a pixel belongs to text
 * @param boxThreshold       mean probability a box needs to be kept
 * @param unclipRatio        how much a detected text kernel is grown to the text's extent
 * @param useAngleClassifier classify every line as upright or upside down and turn the latter; off by
 *                           default: on the SROIE receipts it turned more good lines than bad ones
 *                           (CER 0.063 with, 0.056 without), while whole upside-down pages are still
 *                           found by {@code detectPageRotation}
 * @param clsThreshold       classifier score needed to turn a line
 * @param detectPageRotation find pages turned by 90, 180 or 270 degrees and read them upright
 * @param dropScore          lines recognised with a lower mean character probability are dropped
 * @param alphabet           characters the recogniser may output: {@code latin} (Latin script, digits,
 *                           punctuation; for European and Malay invoices) or {@code all} (the full
 *                           Chinese + Latin dictionary)
 * @param spaceThreshold     a gap between two characters whose space probability reaches this gets a
 *                           space (the recogniser drops most spaces between Latin words); 0 turns it off
 * @param recBatchSize       line crops per recogniser call (sorted by aspect ratio, so padding is small)
 * @param intraOpThreads     threads one inference may use; 0 = the cores divided among the predictors
 * @param concurrency        predictors per model: how many pages can be read at the same time; 0 = one
 *                           per core (one-thread predictors read more pages per minute than one
 *                           predictor with all the threads, measured by {@code bench/pipeline-bench}),
 *                           or one on a GPU (more would only queue on it)
 * @param device             {@code cpu}, or {@code gpu}: the models run on the first CUDA device (needs ONNX Runtime's
 *                           GPU build, as in the image built with {@code OCR_FLAVOUR=gpu}, and CUDA 11.8 with
 *                           cuDNN 8; PaddlePaddle's CPU natives cannot)
 * @param decode             limits and rendering of the decoder
 */
@Validated
@ConfigurationProperties("invoice-ocr.ocr")
public record OcrProperties(@NotNull @Pattern(regexp = "OnnxRuntime|PaddlePaddle") @DefaultValue("OnnxRuntime") String engine,
		@DefaultValue("") String modelDir, @Min(320) @Max(4096) @DefaultValue("960") int detLimitSide,
		@Min(0) @Max(8192) @DefaultValue("2560") int smallTextLimitSide,
		@DecimalMin("0.05") @DecimalMax("0.95") @DefaultValue("0.3") float detThreshold,
		@DecimalMin("0.05") @DecimalMax("0.95") @DefaultValue("0.6") float boxThreshold,
		@DecimalMin("1.0") @DecimalMax("4.0") @DefaultValue("1.5") float unclipRatio,
		@DefaultValue("false") boolean useAngleClassifier,
		@DecimalMin("0.5") @DecimalMax("1.0") @DefaultValue("0.9") float clsThreshold,
		@DefaultValue("true") boolean detectPageRotation,
		@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") float dropScore,
		@NotNull @Pattern(regexp = "latin|all") @DefaultValue("latin") String alphabet,
		@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.02") float spaceThreshold,
		@Min(1) @Max(64) @DefaultValue("8") int recBatchSize, @Min(0) @Max(64) @DefaultValue("0") int intraOpThreads,
		@Min(0) @Max(64) @DefaultValue("0") int concurrency,
		@NotNull @Pattern(regexp = "cpu|gpu") @DefaultValue("cpu") String device, @NotNull @Valid @DefaultValue Decode decode) {

	public OcrProperties {
		int cores = Runtime.getRuntime().availableProcessors();
		if (concurrency == 0) {
			concurrency = "gpu".equals(device) ? 1 : cores;
		}
		if (intraOpThreads == 0) {
			intraOpThreads = Math.max(1, cores / concurrency);
		}
	}

	/**
	 * @param maxBytes          larger documents are refused
	 * @param maxPages          documents with more pages are refused
	 * @param maxPixelsPerPage  pages (images or rendered PDF pages) with more pixels are refused
	 * @param renderDpi         resolution PDF pages without a text layer are rendered at
	 * @param minTextLayerChars a PDF page's text layer is used when it has at least this many characters
	 */
	public record Decode(@Min(1) @DefaultValue("52428800") long maxBytes, @Min(1) @DefaultValue("200") int maxPages,
			@Min(1) @DefaultValue("60000000") long maxPixelsPerPage, @Min(50) @Max(600) @DefaultValue("300") int renderDpi,
			@Min(1) @DefaultValue("20") int minTextLayerChars) {
	}

	/** The defaults, for use outside Spring (benchmarks). */
	public static OcrProperties defaults(String engine) {
		return new OcrProperties(engine, "", 960, 2560, 0.3f, 0.6f, 1.5f, false, 0.9f, true, 0.5f, "latin", 0.02f, 8, 2, 1, "cpu",
				new Decode(52_428_800L, 200, 60_000_000L, 300, 20));
	}

}
