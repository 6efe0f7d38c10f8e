package io.invoiceocr.ocr;

/** How a page's text was obtained. */
public enum PagePath {

	/** The PDF's own text layer, with positions: exact, and no OCR needed. */
	TEXT_LAYER,
	/** The page was rendered (or was an image) and read by OCR. */
	OCR,
	/** The page was rendered (or was an image) and found to hold nothing but its background: not read. */
	BLANK

}
