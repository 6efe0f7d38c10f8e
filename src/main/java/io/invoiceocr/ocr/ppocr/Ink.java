package io.invoiceocr.ocr.ppocr;

import java.util.Arrays;

/** A line crop as ink and paper: dark pixels under a threshold halfway between the two. */
final class Ink {

	/** Dark pixels a column needs to count as inked, so that specks of scan noise do not. */
	private static final int MIN_COLUMN_INK = 2;

	/** A glyph is at least this share of a character pitch wide and at most this many pitches. */
	private static final double MIN_WIDTH = 0.35;

	private static final double MAX_WIDTH = 1.8;

	/** ... and at least this share of the digits' height tall. */
	private static final double MIN_HEIGHT = 0.55;

	private final boolean[] dark;

	private final int width;

	private final int height;

	private Ink(boolean[] dark, int width, int height) {
		this.dark = dark;
		this.width = width;
		this.height = height;
	}

	/** The crop's ink, or null when paper and ink differ by less than {@code minContrast} grey levels. */
	static Ink of(RgbImage crop, int minContrast) {
		int[] pixels = crop.pixels();
		int[] grey = new int[pixels.length];
		for (int i = 0; i < pixels.length; i++) {
			int rgb = pixels[i];
			grey[i] = (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
		}
		int[] sorted = grey.clone();
		Arrays.sort(sorted);
		int ink = sorted[(int) (sorted.length * 0.02)];
		int paper = sorted[(int) (sorted.length * 0.9)];
		if (paper - ink < minContrast) {
			return null;
		}
		int threshold = (paper + ink) / 2;
		boolean[] dark = new boolean[grey.length];
		for (int i = 0; i < grey.length; i++) {
			dark[i] = grey[i] < threshold;
		}
		return new Ink(dark, crop.width(), crop.height());
	}

	/** Rows between the first and the last with ink in columns {@code from..to}. */
	int inkHeight(int from, int to) {
		int[] rows = rows(Math.max(0, from), Math.min(width - 1, to));
		return rows == null ? 0 : rows[1] - rows[0] + 1;
	}

	/**
	 * The blob of inked columns in {@code from..to} nearest the amount (the first when
	 * {@code firstFromLeft}, else the last), if it is glyph-sized; null otherwise.
	 */
	GlyphShape blobNear(double from, double to, boolean firstFromLeft, double pitch, int digitHeight) {
		int start = (int) Math.max(0, Math.ceil(from));
		int end = (int) Math.min(width - 1, Math.floor(to));
		if (end - start + 1 < MIN_WIDTH * pitch || digitHeight <= 0) {
			return null;
		}
		int[] run = firstFromLeft ? runFrom(start, end, 1) : runFrom(end, start, -1);
		if (run == null) {
			return null;
		}
		int blobWidth = run[1] - run[0] + 1;
		int[] rows = rows(run[0], run[1]);
		if (rows == null || blobWidth < MIN_WIDTH * pitch || blobWidth > MAX_WIDTH * pitch
				|| rows[1] - rows[0] + 1 < MIN_HEIGHT * digitHeight) {
			return null;
		}
		return GlyphShape.of(dark, width, run[0], rows[0], run[1], rows[1]);
	}

	/** The first run of inked columns met walking from {@code first} towards {@code last}. */
	private int[] runFrom(int first, int last, int step) {
		int begin = -1;
		int x = first;
		for (; step > 0 ? x <= last : x >= last; x += step) {
			boolean inked = columnInk(x) >= MIN_COLUMN_INK;
			if (inked && begin < 0) {
				begin = x;
			}
			else if (!inked && begin >= 0) {
				break;
			}
		}
		if (begin < 0) {
			return null;
		}
		int stop = x - step;
		return new int[] { Math.min(begin, stop), Math.max(begin, stop) };
	}

	private int columnInk(int x) {
		int count = 0;
		for (int y = 0; y < height; y++) {
			count += dark[y * width + x] ? 1 : 0;
		}
		return count;
	}

	private int[] rows(int from, int to) {
		int top = -1;
		int bottom = -1;
		for (int y = 0; y < height; y++) {
			for (int x = from; x <= to; x++) {
				if (dark[y * width + x]) {
					top = top < 0 ? y : top;
					bottom = y;
					break;
				}
			}
		}
		return top < 0 ? null : new int[] { top, bottom };
	}

}
