package io.invoiceocr.ocr.decode;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The document types this service decodes, recognised by their leading bytes. The file name and
 * the uploader's content type are never trusted: browsers guess them from the extension, and a
 * renamed file is still what its bytes say.
 */
enum DocumentType {

	PDF("application/pdf", "pdf"),
	JPEG("image/jpeg", "jpeg"),
	PNG("image/png", "png"),
	TIFF("image/tiff", "tiff"),
	BMP("image/bmp", "bmp"),
	GIF("image/gif", "gif");

	/** PDF readers accept a header anywhere in the first kilobyte (some generators prepend junk). */
	private static final int PDF_HEADER_WINDOW = 1024;

	private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private final String mediaType;

	private final String imageIoFormat;

	DocumentType(String mediaType, String imageIoFormat) {
		this.mediaType = mediaType;
		this.imageIoFormat = imageIoFormat;
	}

	String mediaType() {
		return mediaType;
	}

	/** The ImageIO format name of the reader that decodes this type. */
	String imageIoFormat() {
		return imageIoFormat;
	}

	/** What the content is, from its first bytes (at least the first kilobyte, when the file has one). */
	static Optional<DocumentType> detect(byte[] head) {
		if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(head, 0, 'I', 'I', 42, 0) || startsWith(head, 0, 'M', 'M', 0, 42)) {
			return Optional.of(TIFF);
		}
		if (startsWith(head, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(head, 0, 'G', 'I', 'F', '8', '9', 'a')) {
			return Optional.of(GIF);
		}
		if (isBmp(head)) {
			return Optional.of(BMP);
		}
		if (isPdf(head)) {
			return Optional.of(PDF);
		}
		return Optional.empty();
	}

	/**
	 * The header may follow some junk, but only text-like junk: archives (ZIP, OLE2, gzip) have NUL
	 * bytes in their own headers, and an uncompressed PDF inside a ZIP is still a ZIP.
	 */
	private static boolean isPdf(byte[] head) {
		int at = indexOf(head, PDF_HEADER, PDF_HEADER_WINDOW);
		if (at < 0) {
			return false;
		}
		for (int i = 0; i < at; i++) {
			if (head[i] == 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * "BM" alone is too weak (a text file may start with it), so the size of the DIB header that
	 * follows the 14-byte file header must be one of the sizes the BMP versions define.
	 */
	private static boolean isBmp(byte[] head) {
		if (!startsWith(head, 0, 'B', 'M') || head.length < 18) {
			return false;
		}
		int dibHeaderSize = (head[14] & 0xFF) | (head[15] & 0xFF) << 8 | (head[16] & 0xFF) << 16 | (head[17] & 0xFF) << 24;
		return switch (dibHeaderSize) {
			case 12, 16, 40, 52, 56, 64, 108, 124 -> true;
			default -> false;
		};
	}

	static boolean startsWith(byte[] head, int offset, int... expected) {
		if (head.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((head[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

	static int indexOf(byte[] head, byte[] needle, int window) {
		int last = Math.min(head.length, window) - needle.length;
		outer: for (int i = 0; i <= last; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (head[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
