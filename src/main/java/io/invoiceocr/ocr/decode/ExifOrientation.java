package io.invoiceocr.ocr.decode;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * The eight EXIF orientations (tag 0x0112): how the stored pixels must be turned to show the picture
 * upright. Phones and many scanner apps store the sensor's pixels as they are and only set this
 * tag, so a photographed invoice would otherwise reach OCR lying on its side.
 */
enum ExifOrientation {

	/** 1: stored upright. */
	NORMAL(0, false),
	/** 2: mirrored left to right. */
	MIRROR_HORIZONTAL(0, true),
	/** 3: upside down. */
	ROTATE_180(180, false),
	/** 4: mirrored top to bottom (a horizontal mirror turned 180 degrees). */
	MIRROR_VERTICAL(180, true),
	/** 5: mirrored along the top-left to bottom-right diagonal (a horizontal mirror turned 270 degrees). */
	TRANSPOSE(270, true),
	/** 6: needs turning 90 degrees clockwise (a phone held upright, camera on the right). */
	ROTATE_90(90, false),
	/** 7: mirrored along the other diagonal (a horizontal mirror turned 90 degrees). */
	TRANSVERSE(90, true),
	/** 8: needs turning 270 degrees clockwise. */
	ROTATE_270(270, false);

	private final int clockwiseDegrees;

	private final boolean mirrored;

	ExifOrientation(int clockwiseDegrees, boolean mirrored) {
		this.clockwiseDegrees = clockwiseDegrees;
		this.mirrored = mirrored;
	}

	/** The orientation for a tag value; values outside 1..8 (seen in the wild) mean "as stored". */
	static ExifOrientation of(int tagValue) {
		return tagValue >= 1 && tagValue <= 8 ? values()[tagValue - 1] : NORMAL;
	}

	/** Degrees clockwise the image is turned to be upright, after mirroring when it is mirrored. */
	int clockwiseDegrees() {
		return clockwiseDegrees;
	}

	/** The image turned upright; the input is returned as it is when already upright. */
	BufferedImage upright(BufferedImage stored) {
		if (this == NORMAL) {
			return stored;
		}
		BufferedImage source = RgbImages.toIntRgb(stored);
		int w = source.getWidth();
		int h = source.getHeight();
		boolean swapsSides = clockwiseDegrees % 180 != 0;
		int targetWidth = swapsSides ? h : w;
		int targetHeight = swapsSides ? w : h;
		BufferedImage target = new BufferedImage(targetWidth, targetHeight, BufferedImage.TYPE_INT_RGB);
		int[] from = ((DataBufferInt) source.getRaster().getDataBuffer()).getData();
		int[] to = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
		for (int y = 0; y < targetHeight; y++) {
			int row = y * targetWidth;
			for (int x = 0; x < targetWidth; x++) {
				to[row + x] = from[sourceIndex(x, y, w, h)];
			}
		}
		return target;
	}

	/** Where the pixel shown at (x, y) of the upright image is stored. */
	private int sourceIndex(int x, int y, int w, int h) {
		return switch (this) {
			case NORMAL -> y * w + x;
			case MIRROR_HORIZONTAL -> y * w + (w - 1 - x);
			case ROTATE_180 -> (h - 1 - y) * w + (w - 1 - x);
			case MIRROR_VERTICAL -> (h - 1 - y) * w + x;
			case TRANSPOSE -> x * w + y;
			case ROTATE_90 -> (h - 1 - x) * w + y;
			case TRANSVERSE -> (h - 1 - x) * w + (w - 1 - y);
			case ROTATE_270 -> x * w + (w - 1 - y);
		};
	}

}
