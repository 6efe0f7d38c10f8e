package io.invoiceocr.ocr;

import java.util.List;
import java.util.Map;

/**
 * The text of one page.
 *
 * @param number     page number, from 1
 * @param path       text layer or OCR
 * @param width      page width in the units of the boxes (pixels of the image read, or PDF points)
 * @param height     page height in the same units
 * @param rotation   degrees clockwise the engine turned the page to read it (0, 90, 180, 270); boxes
 *                   are on the page as given (for images: after the EXIF orientation was applied)
 * @param lines      lines in reading order
 * @param text       the page text: one layout line per row, boxes on one visual line joined left to right
 * @param timingsMs  milliseconds per stage (decode, detect, classify, recognize, ...)
 */
public record PageResult(int number, PagePath path, int width, int height, int rotation, List<TextLine> lines,
		String text, Map<String, Long> timingsMs) {

	public PageResult {
		lines = List.copyOf(lines);
		timingsMs = Map.copyOf(timingsMs);
	}

}
