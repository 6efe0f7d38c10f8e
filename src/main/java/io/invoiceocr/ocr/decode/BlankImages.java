package io.invoiceocr.ocr.decode;

import java.awt.image.BufferedImage;

/**
 * Tells a page with nothing on it from one worth reading. Blank pages are common (the empty backs
 * of duplex scans, separator sheets, exports padded to an even page count) and OCR costs as much on
 * them as on a full page, for nothing.
 * <p>
 * A page is blank when next to no pixel stands out from its background: dust and compression
 * specks are allowed, a single short word is not. The background is the most common brightness,
 * so grey or yellowed paper counts as background too.
 */
public final class BlankImages {

	/** Brightness steps (of 255) a pixel must differ from the background by to count as a mark. */
	static final int MARK_CONTRAST = 40;

	/**
	 * Marks allowed per pixel: 87 on an A4 page at 300 dpi, less than one digit of 10-point print
	 * (some 200) and more than the specks of a clean scan.
	 */
	static final double MAX_MARK_SHARE = 0.00001;

	private BlankImages() {
	}

	public static boolean isBlank(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] histogram = new int[256];
		int[] row = new int[width];
		for (int y = 0; y < height; y += 8) {
			image.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x += 8) {
				histogram[brightness(row[x])]++;
			}
		}
		int background = 0;
		for (int level = 1; level < 256; level++) {
			if (histogram[level] > histogram[background]) {
				background = level;
			}
		}
		long allowed = (long) (MAX_MARK_SHARE * width * height);
		long marks = 0;
		for (int y = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				if (Math.abs(brightness(row[x]) - background) > MARK_CONTRAST && ++marks > allowed) {
					return false;
				}
			}
		}
		return true;
	}

	private static int brightness(int rgb) {
		return ((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
	}

}
