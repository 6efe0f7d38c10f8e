package io.invoiceocr.ocr.ppocr;

/** The text read from one line crop and its score (mean probability of its characters). */
record Recognition(String text, float score) {
}
