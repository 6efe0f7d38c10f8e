package io.invoiceocr.document;

/**
 * One allowed move of the status machine: a row of the table {@code ocr_status_move}.
 *
 * @param from        the status left, or {@code null} for the status a new document starts in
 * @param to          the status reached
 * @param forcedOnly  allowed only when forced, i.e. a result is thrown away on purpose
 */
public record StatusMove(OcrStatus from, OcrStatus to, boolean forcedOnly) {
}
