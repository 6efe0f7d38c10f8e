package io.invoiceocr.ocr.decode;

import java.util.Locale;

import io.invoiceocr.ocr.decode.DocumentDecodeException.Reason;

/**
 * How much a single document may cost to decode. Every limit protects the run from one hostile or
 * accidental document (a 2 GB scan, a 5000-page export, a decompression bomb) while leaving room for
 * any real invoice; a refused document fails with a message naming the setting to change.
 *
 * @param maxBytes          largest file accepted ({@code invoice-ocr.ocr.decode.max-bytes})
 * @param maxPages          most pages accepted ({@code invoice-ocr.ocr.decode.max-pages})
 * @param maxPixelsPerPage  largest raster a page may decode or render to
 *                          ({@code invoice-ocr.ocr.decode.max-pixels-per-page})
 * @param renderDpi         resolution PDF pages without a usable text layer are rendered at
 *                          ({@code invoice-ocr.ocr.decode.render-dpi})
 * @param minTextLayerChars non-whitespace characters a PDF page's text layer needs before it is
 *                          trusted instead of OCR ({@code invoice-ocr.ocr.decode.min-text-layer-chars})
 */
public record DecodeLimits(long maxBytes, int maxPages, long maxPixelsPerPage, int renderDpi, int minTextLayerChars) {

	static final String PREFIX = "invoice-ocr.ocr.decode.";

	static final String MAX_BYTES = PREFIX + "max-bytes";

	static final String MAX_PAGES = PREFIX + "max-pages";

	static final String MAX_PIXELS_PER_PAGE = PREFIX + "max-pixels-per-page";

	static final String RENDER_DPI = PREFIX + "render-dpi";

	static final String MIN_TEXT_LAYER_CHARS = PREFIX + "min-text-layer-chars";

	/** Beyond this a single A4 page renders to more than 130 megapixels: surely a typo. */
	private static final int MAX_RENDER_DPI = 1200;

	public DecodeLimits {
		require(maxBytes > 0, MAX_BYTES + " must be positive, was " + maxBytes);
		require(maxPages > 0, MAX_PAGES + " must be positive, was " + maxPages);
		require(maxPixelsPerPage > 0, MAX_PIXELS_PER_PAGE + " must be positive, was " + maxPixelsPerPage);
		require(renderDpi > 0 && renderDpi <= MAX_RENDER_DPI,
				RENDER_DPI + " must be between 1 and " + MAX_RENDER_DPI + ", was " + renderDpi);
		// Zero would make an empty text layer "usable" and skip OCR on every scanned page.
		require(minTextLayerChars > 0, MIN_TEXT_LAYER_CHARS + " must be positive, was " + minTextLayerChars);
	}

	/**
	 * 50 MiB, 200 pages, 60 megapixels per page (an A4 page scanned at 600 dpi is 35), 300 dpi
	 * (what PP-OCR reads small print best at) and 20 characters of text layer.
	 */
	public static DecodeLimits defaults() {
		return new DecodeLimits(50L * 1024 * 1024, 200, 60_000_000L, 300, 20);
	}

	void checkBytes(long size) throws DocumentDecodeException {
		if (size == 0) {
			throw new DocumentDecodeException(Reason.EMPTY, "the file is empty (0 bytes): its upload was probably interrupted; upload it again");
		}
		if (size > maxBytes) {
			throw new DocumentDecodeException(Reason.TOO_LARGE, "the file is " + bytes(size) + ", more than the limit of "
					+ bytes(maxBytes) + "; raise " + MAX_BYTES + " to accept it");
		}
	}

	void checkPages(int pages) throws DocumentDecodeException {
		if (pages > maxPages) {
			throw tooManyPages(pages + " pages");
		}
	}

	/** @param pages how many pages the document has, in words ("250 pages", "more than 10000 pages") */
	DocumentDecodeException tooManyPages(String pages) {
		return new DocumentDecodeException(Reason.TOO_MANY_PAGES, "the document has " + pages
				+ ", more than the limit of " + maxPages + "; raise " + MAX_PAGES + " to accept it");
	}

	/**
	 * Refuses a page whose raster would exceed the limit, before anything is allocated for it.
	 * @param what how the raster comes about, for the message ("is", "renders at 300 dpi to")
	 * @param remedy another setting that helps, or an empty string
	 */
	void checkPixels(int page, long width, long height, String what, String remedy) throws DocumentDecodeException {
		// Both factors are at most 2^31, so the product cannot overflow a long.
		long pixels = width * height;
		if (pixels > maxPixelsPerPage) {
			throw new DocumentDecodeException(Reason.TOO_MANY_PIXELS,
					"page " + page + " " + what + " " + width + " x " + height + " pixels (" + pixels
							+ "), more than the limit of " + maxPixelsPerPage + " pixels per page; raise "
							+ MAX_PIXELS_PER_PAGE + " to accept it" + remedy);
		}
	}

	/** "52428800 bytes (50.0 MiB)": the exact number for the setting, the rounded one for people. */
	public static String bytes(long bytes) {
		String exact = bytes + " bytes";
		if (bytes < 1024) {
			return exact;
		}
		String[] units = { "KiB", "MiB", "GiB", "TiB" };
		double value = bytes / 1024.0;
		int unit = 0;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return exact + String.format(Locale.ROOT, " (%.1f %s)", value, units[unit]);
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
