package io.invoiceocr.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;

/** Java2D counterpart of {@link PdfPage}: coordinates from the top-left, y is the text baseline. */
final class RasterPage {

	/** Bundled with PDFBox, so the raster samples do not depend on the fonts of the machine. */
	private static final String RASTER_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final Font BASE_FONT = loadRasterFont();

	private final Graphics2D g;

	RasterPage(Graphics2D g) {
		this.g = g;
	}

	void text(boolean bold, float size, float x, float y, String s) {
		g.setFont(font(bold, size));
		g.drawString(s, x, y);
	}

	void textRight(boolean bold, float size, float right, float y, String s) {
		text(bold, size, right - width(bold, size, s), y, s);
	}

	void textCentered(boolean bold, float size, float centre, float y, String s) {
		text(bold, size, centre - width(bold, size, s) / 2, y, s);
	}

	void rule(float x1, float y, float x2, float thickness) {
		g.setStroke(new BasicStroke(thickness));
		g.draw(new Line2D.Float(x1, y, x2, y));
	}

	void box(float x, float y, float w, float h) {
		g.setStroke(new BasicStroke(0.8f));
		g.draw(new Rectangle2D.Float(x, y, w, h));
	}

	void dashes(float x1, float y, float x2) {
		g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
				new float[] { 8f, 5f }, 0f));
		g.draw(new Line2D.Float(x1, y, x2, y));
	}

	private float width(boolean bold, float size, String s) {
		return (float) font(bold, size).getStringBounds(s, g.getFontRenderContext()).getWidth();
	}

	/** The bundled font has no bold face; Java2D emboldens it algorithmically. */
	private static Font font(boolean bold, float size) {
		return BASE_FONT.deriveFont(bold ? Font.BOLD : Font.PLAIN, size);
	}

	private static Font loadRasterFont() {
		try (InputStream in = PDDocument.class.getResourceAsStream(RASTER_FONT)) {
			if (in == null) {
				throw new IllegalStateException("Font not found on the classpath: " + RASTER_FONT);
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static BufferedImage grayCanvas(int width, int height, int value) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(value, value, value));
		g.fillRect(0, 0, width, height);
		g.dispose();
		return image;
	}

	static Graphics2D graphics(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setColor(Color.BLACK);
		return g;
	}

}
