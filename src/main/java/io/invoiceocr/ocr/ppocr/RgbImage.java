package io.invoiceocr.ocr.ppocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

import io.invoiceocr.ocr.Point;
import io.invoiceocr.ocr.Quad;

/**
 * An immutable RGB raster as packed {@code 0xRRGGBB} ints, with the few geometric operations the
 * PP-OCR pipeline needs, done the way OpenCV does them (pixel-centre aligned bilinear sampling),
 * so that model inputs match what the models were trained and published with.
 */
public record RgbImage(int width, int height, int[] pixels) {

	public static RgbImage of(BufferedImage image) {
		return of(image, true);
	}

	/**
	 * The pixels of an image nobody else holds (a page the decoder made for this read), taken
	 * without a copy where their layout allows: a page rendered at 300 dpi is some 35 MB.
	 */
	static RgbImage adopting(BufferedImage image) {
		return of(image, false);
	}

	private static RgbImage of(BufferedImage image, boolean copy) {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels;
		if (image.getType() == BufferedImage.TYPE_INT_RGB && image.getRaster().getDataBuffer() instanceof DataBufferInt ints
				&& ints.getData().length == width * height) {
			pixels = copy ? ints.getData().clone() : ints.getData();
		}
		else if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
				&& image.getRaster().getDataBuffer() instanceof DataBufferByte bytes
				&& bytes.getData().length == width * height * 3) {
			byte[] bgr = bytes.getData();
			pixels = new int[width * height];
			for (int i = 0, p = 0; i < pixels.length; i++, p += 3) {
				pixels[i] = (bgr[p + 2] & 0xFF) << 16 | (bgr[p + 1] & 0xFF) << 8 | (bgr[p] & 0xFF);
			}
		}
		else {
			pixels = image.getRGB(0, 0, width, height, null, 0, width);
			for (int i = 0; i < pixels.length; i++) {
				pixels[i] &= 0xFFFFFF;
			}
		}
		return new RgbImage(width, height, pixels);
	}

	public BufferedImage toBufferedImage() {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, width, height, pixels, 0, width);
		return image;
	}

	/** Bilinear resize with OpenCV's INTER_LINEAR geometry. */
	public RgbImage resize(int newWidth, int newHeight) {
		if (newWidth == width && newHeight == height) {
			return this;
		}
		int[] out = new int[newWidth * newHeight];
		double scaleX = (double) width / newWidth;
		double scaleY = (double) height / newHeight;
		int[] x0 = new int[newWidth];
		int[] x1 = new int[newWidth];
		float[] fx = new float[newWidth];
		for (int x = 0; x < newWidth; x++) {
			double sx = Math.max(0, (x + 0.5) * scaleX - 0.5);
			x0[x] = Math.min((int) sx, width - 1);
			x1[x] = Math.min(x0[x] + 1, width - 1);
			fx[x] = (float) (sx - (int) sx);
		}
		for (int y = 0; y < newHeight; y++) {
			double sy = Math.max(0, (y + 0.5) * scaleY - 0.5);
			int y0 = Math.min((int) sy, height - 1);
			int y1 = Math.min(y0 + 1, height - 1);
			float fy = (float) (sy - (int) sy);
			int row0 = y0 * width;
			int row1 = y1 * width;
			int outRow = y * newWidth;
			for (int x = 0; x < newWidth; x++) {
				out[outRow + x] = blend(pixels[row0 + x0[x]], pixels[row0 + x1[x]], pixels[row1 + x0[x]],
						pixels[row1 + x1[x]], fx[x], fy);
			}
		}
		return new RgbImage(newWidth, newHeight, out);
	}

	/**
	 * The quadrilateral {@code quad} mapped onto an upright {@code outWidth x outHeight} image by a
	 * perspective transform (OpenCV's getPerspectiveTransform + warpPerspective with replicated
	 * borders), as PaddleOCR crops text lines.
	 */
	public RgbImage warp(Quad quad, int outWidth, int outHeight) {
		double[] h = Homography.mapping(
				new double[][] { { 0, 0 }, { outWidth, 0 }, { outWidth, outHeight }, { 0, outHeight } },
				quad.points().stream().map(p -> new double[] { p.x(), p.y() }).toArray(double[][]::new));
		int[] out = new int[outWidth * outHeight];
		for (int y = 0; y < outHeight; y++) {
			for (int x = 0; x < outWidth; x++) {
				double w = h[6] * x + h[7] * y + h[8];
				double sx = (h[0] * x + h[1] * y + h[2]) / w;
				double sy = (h[3] * x + h[4] * y + h[5]) / w;
				out[y * outWidth + x] = sample(sx, sy);
			}
		}
		return new RgbImage(outWidth, outHeight, out);
	}

	/** Bilinear sample at a real position, borders replicated. */
	private int sample(double sx, double sy) {
		double cx = Math.min(Math.max(sx, 0), width - 1);
		double cy = Math.min(Math.max(sy, 0), height - 1);
		int x0 = (int) cx;
		int y0 = (int) cy;
		int x1 = Math.min(x0 + 1, width - 1);
		int y1 = Math.min(y0 + 1, height - 1);
		return blend(pixels[y0 * width + x0], pixels[y0 * width + x1], pixels[y1 * width + x0], pixels[y1 * width + x1],
				(float) (cx - x0), (float) (cy - y0));
	}

	private static int blend(int p00, int p01, int p10, int p11, float fx, float fy) {
		int r = channel(p00 >> 16, p01 >> 16, p10 >> 16, p11 >> 16, fx, fy);
		int g = channel(p00 >> 8, p01 >> 8, p10 >> 8, p11 >> 8, fx, fy);
		int b = channel(p00, p01, p10, p11, fx, fy);
		return r << 16 | g << 8 | b;
	}

	private static int channel(int c00, int c01, int c10, int c11, float fx, float fy) {
		float top = (c00 & 0xFF) + ((c01 & 0xFF) - (c00 & 0xFF)) * fx;
		float bottom = (c10 & 0xFF) + ((c11 & 0xFF) - (c10 & 0xFF)) * fx;
		return Math.round(top + (bottom - top) * fy);
	}

	/** Turned clockwise by 90, 180 or 270 degrees. */
	public RgbImage rotateClockwise(int degrees) {
		int turns = ((degrees / 90) % 4 + 4) % 4;
		if (turns == 0) {
			return this;
		}
		int newWidth = turns == 2 ? width : height;
		int newHeight = turns == 2 ? height : width;
		int[] out = new int[pixels.length];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int nx;
				int ny;
				switch (turns) {
					case 1 -> {
						nx = height - 1 - y;
						ny = x;
					}
					case 2 -> {
						nx = width - 1 - x;
						ny = height - 1 - y;
					}
					default -> {
						nx = y;
						ny = width - 1 - x;
					}
				}
				out[ny * newWidth + nx] = pixels[y * width + x];
			}
		}
		return new RgbImage(newWidth, newHeight, out);
	}

	/** Maps a point of this image to the image before it was turned clockwise by {@code degrees}. */
	public static Point unrotate(Point point, int degrees, int rotatedWidth, int rotatedHeight) {
		return switch (((degrees / 90) % 4 + 4) % 4) {
			case 1 -> new Point(point.y(), rotatedWidth - point.x());
			case 2 -> new Point(rotatedWidth - point.x(), rotatedHeight - point.y());
			case 3 -> new Point(rotatedHeight - point.y(), point.x());
			default -> point;
		};
	}

}
