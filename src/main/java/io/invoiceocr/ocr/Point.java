package io.invoiceocr.ocr;

/** A point in page pixels (or PDF points for a text layer page), origin top-left, y down. */
public record Point(float x, float y) {
}
