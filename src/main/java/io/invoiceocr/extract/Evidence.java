package io.invoiceocr.extract;

import io.invoiceocr.ocr.Quad;

/**
 * Where a value was read: one line of the OCR output or PDF text layer, so that a screen can
 * highlight it.
 *
 * @param page page number, from 1
 * @param line the line's position in reading order on its page, from 0
 * @param box  the line's corners on the page (pixels of the page image, or PDF points)
 * @param text the whole line as read
 */
public record Evidence(int page, int line, Quad box, String text) {
}
