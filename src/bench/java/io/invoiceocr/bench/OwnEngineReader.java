package io.invoiceocr.bench;

import java.nio.file.Path;
import java.util.stream.Collectors;

import io.invoiceocr.ocr.OcrEngine;
import io.invoiceocr.ocr.OcrResult;
import io.invoiceocr.ocr.PagePath;
import io.invoiceocr.ocr.PageResult;
import io.invoiceocr.ocr.ReadingOrder;

/** The service's own engine, read through {@link OcrEngine#read(Path)} as the pipeline reads documents. */
final class OwnEngineReader implements DocumentReader {

	private final String name;

	private final OcrEngine engine;

	OwnEngineReader(String engineName, OcrEngine engine) {
		this.name = "invoice-ocr-" + engineName;
		this.engine = engine;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public Reading read(Path document) throws Exception {
		OcrResult result = engine.read(document);
		int textLayer = (int) result.pages().stream().filter(page -> page.path() == PagePath.TEXT_LAYER).count();
		String text = result.pages().stream().map(OwnEngineReader::pageText).collect(Collectors.joining("\n\f\n"));
		return new Reading(text, textLayer, result.pages().size() - textLayer, result.timingsMs());
	}

	/**
	 * The page re-ordered by the scoring reading order rather than the engine's own page text, so
	 * that every engine is judged on what it read, not on how it orders rows.
	 */
	private static String pageText(PageResult page) {
		return page.lines().isEmpty() ? page.text() : ReadingOrder.text(page.lines());
	}

	@Override
	public void close() {
		engine.close();
	}

}
