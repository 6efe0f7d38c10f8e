package io.invoiceocr.ocr.ppocr;

import java.util.List;

/** Line crops recognised together, all padded to {@code width}. */
record RecognitionBatch(List<RgbImage> crops, int width) {
}
