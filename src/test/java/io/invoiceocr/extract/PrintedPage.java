package io.invoiceocr.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.invoiceocr.ocr.OcrResult;
import io.invoiceocr.ocr.PagePath;
import io.invoiceocr.ocr.PageResult;
import io.invoiceocr.ocr.Point;
import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.ReadingOrder;
import io.invoiceocr.ocr.TextLine;

/**
 * A page for layout tests, written line by line where it is printed: a text layer in PDF points
 * (print 10 pt, lines 12 pt apart), or the same page as OCR reads a scan of it, in pixels at
 * 200 dpi, rotated by a small angle with padded boxes.
 */
public final class PrintedPage {

	/** Height of a line's box in points. */
	public static final float LINE = 12;

	private final List<TextLine> lines = new ArrayList<>();

	/** Adds a line whose box starts at {@code (x, y)} points, {@code size} times the body print. */
	public PrintedPage line(float x, float y, String text, float size) {
		float width = text.length() * 5.2f * size;
		lines.add(new TextLine(text, 1.0, Quad.ofRectangle(x, y, x + width, y + LINE * size), 1, 0));
		return this;
	}

	public PrintedPage line(float x, float y, String text) {
		return line(x, y, text, 1);
	}

	/** Lines stacked one under the other from {@code (x, y)}, {@link #LINE} points apart. */
	public PrintedPage block(float x, float y, String... texts) {
		for (int i = 0; i < texts.length; i++) {
			line(x, y + i * LINE, texts[i]);
		}
		return this;
	}

	/** The page as its PDF text layer gives it. */
	public OcrResult textLayer() {
		return document(PagePath.TEXT_LAYER, lines, 595, 842);
	}

	/**
	 * The page as OCR reads a 200 dpi scan of it turned by {@code degrees}: pixel boxes, each a
	 * little taller than the print (the detector pads them), rotated about the page's top left.
	 */
	public OcrResult scanned(double degrees) {
		double scale = 200 / 72.0;
		double sin = Math.sin(Math.toRadians(degrees));
		double cos = Math.cos(Math.toRadians(degrees));
		List<TextLine> read = new ArrayList<>();
		for (TextLine line : lines) {
			Quad box = line.box();
			float pad = 0.15f * box.height();
			List<Point> corners = List.of(new Point(box.minX(), box.minY() - pad), new Point(box.maxX(), box.minY() - pad),
					new Point(box.maxX(), box.maxY() + pad), new Point(box.minX(), box.maxY() + pad));
			List<Point> turned = corners.stream()
				.map(p -> new Point((float) ((p.x() * cos - p.y() * sin) * scale), (float) ((p.x() * sin + p.y() * cos) * scale)))
				.toList();
			read.add(new TextLine(line.text(), 0.95, new Quad(turned.get(0), turned.get(1), turned.get(2), turned.get(3)), 1, 0));
		}
		return document(PagePath.OCR, read, 1654, 2339);
	}

	private static OcrResult document(PagePath path, List<TextLine> lines, int width, int height) {
		List<TextLine> ordered = ReadingOrder.order(lines);
		PageResult page = new PageResult(1, path, width, height, 0, ordered, ReadingOrder.text(ordered), Map.of());
		return new OcrResult("application/pdf", List.of(page), "test", Map.of(), Map.of());
	}

}
