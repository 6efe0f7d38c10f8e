package io.invoiceocr.ocr;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import io.invoiceocr.ocr.decode.DocumentDecodeException;

/**
 * Reads text from documents. Implementations are safe to call from several threads and hold
 * native resources until closed.
 */
public interface OcrEngine extends AutoCloseable {

	/**
	 * Reads a whole document (PDF or image), page by page: text layers where the PDF has a usable
	 * one, OCR elsewhere.
	 * @throws DocumentDecodeException when the document cannot be read, with a reason a person understands
	 */
	OcrResult read(Path document) throws DocumentDecodeException;

	/** Reads one image as page {@code pageNumber}, by OCR. */
	PageResult readImage(BufferedImage image, int pageNumber);

	@Override
	void close();

}
