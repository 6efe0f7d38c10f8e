package io.invoiceocr.samples;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/** An A4 page's content stream with coordinates from the top-left, matching {@link RasterPage}. */
final class PdfPage implements AutoCloseable {

	static final FontName HELVETICA = FontName.HELVETICA;
	static final FontName HELVETICA_BOLD = FontName.HELVETICA_BOLD;
	static final FontName HELVETICA_OBLIQUE = FontName.HELVETICA_OBLIQUE;

	private final PDPageContentStream content;

	private final Map<FontName, PDFont> fonts;

	private final float height;

	private PdfPage(PDPageContentStream content, Map<FontName, PDFont> fonts, float height) {
		this.content = content;
		this.fonts = fonts;
		this.height = height;
	}

	/**
	 * Adds a page. {@code fonts} must belong to this document alone: a PDFBox font object keeps
	 * the object number it was last saved under, so sharing one between documents makes a
	 * document's bytes depend on what was saved before it.
	 */
	static PdfPage add(PDDocument doc, Map<FontName, PDFont> fonts) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		doc.addPage(page);
		return new PdfPage(new PDPageContentStream(doc, page), fonts, page.getMediaBox().getHeight());
	}

	static Map<FontName, PDFont> newFonts() {
		Map<FontName, PDFont> fonts = new EnumMap<>(FontName.class);
		for (FontName name : List.of(HELVETICA, HELVETICA_BOLD, HELVETICA_OBLIQUE)) {
			fonts.put(name, new PDType1Font(name));
		}
		return fonts;
	}

	void text(FontName font, float size, float x, float y, String s) throws IOException {
		content.beginText();
		content.setFont(fonts.get(font), size);
		content.newLineAtOffset(x, height - y);
		content.showText(s);
		content.endText();
	}

	void textRight(FontName font, float size, float right, float y, String s) throws IOException {
		text(font, size, right - fonts.get(font).getStringWidth(s) / 1000 * size, y, s);
	}

	void rule(float x1, float y, float x2, float thickness, float gray) throws IOException {
		content.setLineWidth(thickness);
		content.setStrokingColor(gray);
		content.moveTo(x1, height - y);
		content.lineTo(x2, height - y);
		content.stroke();
		content.setStrokingColor(0f);
	}

	void fill(float x, float y, float w, float h, float gray) throws IOException {
		content.setNonStrokingColor(gray);
		content.addRect(x, height - y - h, w, h);
		content.fill();
		content.setNonStrokingColor(0f);
	}

	@Override
	public void close() throws IOException {
		content.close();
	}

}
