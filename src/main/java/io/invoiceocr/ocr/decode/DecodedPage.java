package io.invoiceocr.ocr.decode;

/**
 * One decoded page: text already read from a PDF's text layer, an image that still needs OCR, or
 * a PDF page with nothing on it.
 */
public sealed interface DecodedPage permits TextLayerPage, ImagePage, BlankPage {

	/** Page number, from 1. */
	int number();

}
