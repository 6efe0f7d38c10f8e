package io.invoiceocr.ocr.decode;

/**
 * A word of a PDF text layer with its box in PDF points, origin top-left, y down.
 *
 * @param fontSize the font size in points, which sets how far apart two words may be and still
 *                 belong to one segment
 */
record PositionedWord(String text, float left, float top, float right, float bottom, float fontSize) {
}
