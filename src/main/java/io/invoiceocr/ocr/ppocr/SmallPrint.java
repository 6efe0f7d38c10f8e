package io.invoiceocr.ocr.ppocr;

import java.util.Arrays;
import java.util.List;

import io.invoiceocr.ocr.OcrProperties;
import io.invoiceocr.ocr.Quad;

/**
 * Tells a page whose print is too small for the detector at its usual size, and how large to read
 * it again.
 */
final class SmallPrint {

	/** Character width, in pixels as the detector sees the page, under which print counts as small. */
	static final double SMALL_PRINT_CHAR_PX = 3.5;

	/** Character width small print is brought to by reading the page larger. */
	static final double SMALL_PRINT_TARGET_CHAR_PX = 5;

	/** Lines shorter than this say little about character width (a lone "1" in a wide box). */
	private static final int MIN_MEASURED_CHARS = 4;

	private final OcrProperties settings;

	SmallPrint(OcrProperties settings) {
		this.settings = settings;
	}

	/**
	 * The longer side at which to read the page again when its print is small for the detector, or
	 * 0. At {@code detLimitSide} an A4 page scanned at 300 dpi is shrunk about 3.6 times, and 5- or
	 * 6-point print comes out under {@value #SMALL_PRINT_CHAR_PX} pixels a character, where the
	 * detector cuts and merges lines. Character width (box length over characters read) tells small
	 * print apart better than box height, which the unclip margin inflates: measured at 960, 5 pt
	 * gives 2.7 pixels, 6 pt 3.2, 7 pt 3.8, the SROIE receipts and the ZUGFeRD pages rendered at 300
	 * dpi 3.9 to 11 (median per page). Such a page is read again large enough to bring its median
	 * character to {@value #SMALL_PRINT_TARGET_CHAR_PX} pixels, up to {@code smallTextLimitSide}.
	 */
	int smallTextLimit(RgbImage image, List<Quad> boxes, List<Recognition> recognized) {
		int longSide = Math.max(image.width(), image.height());
		int ceiling = Math.min(settings.smallTextLimitSide(), longSide);
		if (ceiling < settings.detLimitSide() * 1.25) {
			return 0;
		}
		double scale = (double) settings.detLimitSide() / longSide;
		double[] charWidths = new double[boxes.size()];
		int measured = 0;
		for (int i = 0; i < boxes.size(); i++) {
			int characters = recognized.get(i).text().strip().length();
			if (characters >= MIN_MEASURED_CHARS) {
				Quad box = boxes.get(i);
				charWidths[measured++] = Math.max(box.width(), box.height()) / characters * scale;
			}
		}
		if (measured == 0) {
			return 0;
		}
		double[] sorted = Arrays.copyOf(charWidths, measured);
		Arrays.sort(sorted);
		double median = sorted[measured / 2];
		if (median >= SMALL_PRINT_CHAR_PX) {
			return 0;
		}
		return (int) Math.min(ceiling, Math.ceil(settings.detLimitSide() * SMALL_PRINT_TARGET_CHAR_PX / median));
	}

}
