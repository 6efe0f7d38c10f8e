package io.invoiceocr.ocr.decode;

/** Loose colour checks that survive JPEG compression. */
final class Colors {

	private Colors() {
	}

	static boolean isRed(int rgb) {
		return red(rgb) > 180 && green(rgb) < 90 && blue(rgb) < 90;
	}

	static boolean isWhite(int rgb) {
		return red(rgb) > 215 && green(rgb) > 215 && blue(rgb) > 215;
	}

	private static int red(int rgb) {
		return rgb >> 16 & 0xFF;
	}

	private static int green(int rgb) {
		return rgb >> 8 & 0xFF;
	}

	private static int blue(int rgb) {
		return rgb & 0xFF;
	}

}
