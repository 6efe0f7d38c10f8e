package io.invoiceocr.ocr;

/**
 * The OCR engine cannot read anything right now (closed while the service shuts down, its thread
 * interrupted, its models unusable): not a fault of the document being read.
 */
public class OcrUnavailableException extends RuntimeException {

	public OcrUnavailableException(String message) {
		super(message);
	}

	public OcrUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
