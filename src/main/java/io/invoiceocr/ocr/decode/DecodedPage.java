package io.invoiceocr.ocr.decode;

/**
 * One decoded page: either text already read from a PDF's text layer, or an image that still
 * needs OCR.
 */
public sealed interface DecodedPage permits TextLayerPage, ImagePage {

	/** Page number, from 1. */
	int number();

}
