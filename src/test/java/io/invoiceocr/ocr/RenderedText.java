package io.invoiceocr.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import io.invoiceocr.ocr.ppocr.RgbImage;

/**
 * Test pages with known text, drawn with Java2D in a font bundled with PDFBox (Liberation Sans),
 * so that the expected OCR output is exact and the same on every machine.
 */
final class RenderedText {

	private RenderedText() {
	}

	/** A line of text and where its baseline starts. */
	record Line(String text, int x, int baseline) {
	}

	static BufferedImage page(int width, int height, float fontSize, List<Line> lines) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setColor(Color.BLACK);
			g.setFont(font().deriveFont(fontSize));
			for (Line line : lines) {
				g.drawString(line.text(), line.x(), line.baseline());
			}
		}
		finally {
			g.dispose();
		}
		return image;
	}

	static BufferedImage rotateClockwise(BufferedImage image, int degrees) {
		return RgbImage.of(image).rotateClockwise(degrees).toBufferedImage();
	}

	private static Font font() {
		try (InputStream in = RenderedText.class
			.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | java.awt.FontFormatException ex) {
			throw new UncheckedIOException(new IOException("Liberation Sans not found in PDFBox", ex));
		}
	}

}
