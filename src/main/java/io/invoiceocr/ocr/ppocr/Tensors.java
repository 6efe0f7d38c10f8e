package io.invoiceocr.ocr.ppocr;

/** Model inputs as CHW float arrays, normalised the ways the PP-OCR models expect. */
final class Tensors {

	/** ImageNet mean and deviation, applied in BGR channel order as PaddleOCR's det pipeline does. */
	private static final float[] DET_MEAN = { 0.485f, 0.456f, 0.406f };

	private static final float[] DET_STD = { 0.229f, 0.224f, 0.225f };

	private Tensors() {
	}

	/** Detection input: BGR planes, {@code (x/255 - mean) / std}. */
	static void detection(RgbImage image, float[] out) {
		int plane = image.width() * image.height();
		int[] pixels = image.pixels();
		for (int i = 0; i < plane; i++) {
			int rgb = pixels[i];
			out[i] = ((rgb & 0xFF) / 255f - DET_MEAN[0]) / DET_STD[0];
			out[plane + i] = (((rgb >> 8) & 0xFF) / 255f - DET_MEAN[1]) / DET_STD[1];
			out[2 * plane + i] = (((rgb >> 16) & 0xFF) / 255f - DET_MEAN[2]) / DET_STD[2];
		}
	}

	/**
	 * Classifier and recogniser input, as PaddleOCR's resize_norm_img makes it: the crop resized to
	 * {@code height} keeping its aspect ratio (at most {@code paddedWidth} wide), then written as
	 * {@link #line}.
	 */
	static void fittedLine(RgbImage crop, int height, int paddedWidth, float[] out, int offset) {
		int width = Math.min(paddedWidth, (int) Math.ceil(height * (double) crop.width() / crop.height()));
		line(crop.resize(Math.max(width, 1), height), paddedWidth, out, offset);
	}

	/**
	 * Classifier and recogniser input: the image (already resized to the target height) written
	 * left-aligned into a {@code 3 x height x paddedWidth} block at {@code offset}, BGR planes,
	 * {@code (x/255 - 0.5) / 0.5}; the padding stays 0, as PaddleOCR pads.
	 */
	static void line(RgbImage image, int paddedWidth, float[] out, int offset) {
		int height = image.height();
		int width = Math.min(image.width(), paddedWidth);
		int plane = height * paddedWidth;
		int[] pixels = image.pixels();
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int rgb = pixels[y * image.width() + x];
				int at = offset + y * paddedWidth + x;
				out[at] = (rgb & 0xFF) / 127.5f - 1f;
				out[at + plane] = ((rgb >> 8) & 0xFF) / 127.5f - 1f;
				out[at + 2 * plane] = ((rgb >> 16) & 0xFF) / 127.5f - 1f;
			}
		}
	}

}
