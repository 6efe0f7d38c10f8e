package io.invoiceocr.ocr.decode;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;

/**
 * Brings decoded images to the two pixel layouts OCR reads directly. Transparent areas become
 * white, because a transparent background is meant to be paper and would otherwise turn black.
 */
public final class RgbImages {

	private RgbImages() {
	}

	/** The image as it is when it is already BGR or RGB, otherwise converted to {@code TYPE_INT_RGB}. */
	public static BufferedImage toPageImage(BufferedImage image) {
		int type = image.getType();
		if (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_INT_RGB) {
			return image;
		}
		return convert(image);
	}

	/**
	 * The image as {@code TYPE_INT_RGB} with one int per pixel, row after row and nothing else in the
	 * buffer, so that its pixels can be addressed as {@code y * width + x}.
	 */
	static BufferedImage toIntRgb(BufferedImage image) {
		Raster raster = image.getRaster();
		boolean compact = raster.getParent() == null
				&& raster.getDataBuffer().getSize() == image.getWidth() * image.getHeight();
		if (image.getType() == BufferedImage.TYPE_INT_RGB && compact
				&& raster.getDataBuffer() instanceof DataBufferInt) {
			return image;
		}
		return convert(image);
	}

	private static BufferedImage convert(BufferedImage image) {
		if (isOpaqueGray(image)) {
			return grayToRgb(image);
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = rgb.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
			graphics.drawImage(image, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return rgb;
	}

	private static boolean isOpaqueGray(BufferedImage image) {
		return image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
				&& !image.getColorModel().hasAlpha() && image.getRaster().getNumBands() == 1;
	}

	/**
	 * Copies gray samples straight into R, G and B. Java 2D's colour conversion treats the gray
	 * colour space as linear and would brighten a 16-bit scan noticeably.
	 */
	private static BufferedImage grayToRgb(BufferedImage image) {
		Raster raster = image.getRaster();
		int width = image.getWidth();
		int height = image.getHeight();
		int max = (1 << image.getColorModel().getComponentSize(0)) - 1;
		BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			raster.getSamples(0, y, width, 1, 0, row);
			for (int x = 0; x < width; x++) {
				int gray = max == 255 ? row[x] : (int) Math.round(row[x] * 255.0 / max);
				pixels[y * width + x] = gray << 16 | gray << 8 | gray;
			}
		}
		return rgb;
	}

}
