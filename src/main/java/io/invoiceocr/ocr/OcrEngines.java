package io.invoiceocr.ocr;

import io.invoiceocr.ocr.ppocr.PpOcrEngine;

/** Creates OCR engines outside a Spring context (evaluation and benchmark commands). */
public final class OcrEngines {

	private OcrEngines() {
	}

	/** The PP-OCRv4 engine with default settings on {@code OnnxRuntime} or {@code PaddlePaddle}. */
	public static OcrEngine create(String engineName) {
		return new PpOcrEngine(OcrProperties.defaults(engineName));
	}

	public static OcrEngine create(OcrProperties properties) {
		return new PpOcrEngine(properties);
	}

}
