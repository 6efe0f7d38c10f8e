package io.invoiceocr.ocr;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What OCR made of a whole document.
 *
 * @param mediaType the type detected from the content ({@code application/pdf}, {@code image/png}, ...)
 * @param pages     every page, in order
 * @param engine    the inference engine that read the OCR pages ({@code OnnxRuntime}, {@code PaddlePaddle})
 * @param models    model name per role (det, cls, rec, dict)
 * @param timingsMs total milliseconds per stage over all pages
 */
public record OcrResult(String mediaType, List<PageResult> pages, String engine, Map<String, String> models,
		Map<String, Long> timingsMs) {

	public OcrResult {
		pages = List.copyOf(pages);
		models = Map.copyOf(models);
		timingsMs = Map.copyOf(timingsMs);
	}

	/** The document text: pages separated by a form feed line, as pdftotext does. */
	public String text() {
		return pages.stream().map(PageResult::text).collect(Collectors.joining("\n\f\n"));
	}

}
