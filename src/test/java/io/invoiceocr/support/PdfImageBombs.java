package io.invoiceocr.support;

import static io.invoiceocr.support.RawPdf.ascii;

/**
 * PDFs that reach a decompression bomb by each route a PDF has to an image: an image XObject, an
 * inline image, an annotation's appearance, a tiling pattern, a soft mask, a Type 3 glyph, and a page
 * as large as PDF allows. Each declares {@link HostileFiles#BOMB_SIDE} squared pixels with a few bytes.
 */
public final class PdfImageBombs {

	private static final int BOMB_SIDE = HostileFiles.BOMB_SIDE;

	private PdfImageBombs() {
	}

	/** An image dictionary declaring a bomb's size, with a few bytes of data. */
	private static int bombImage(RawPdf pdf) {
		return pdf.stream("/Type /XObject /Subtype /Image /Width " + BOMB_SIDE + " /Height " + BOMB_SIDE
				+ " /ColorSpace /DeviceRGB /BitsPerComponent 8", new byte[4096], true);
	}

	public static byte[] xObjectBomb() {
		RawPdf pdf = new RawPdf();
		int image = bombImage(pdf);
		return pdf.withA4Page("/XObject << /Im0 " + image + " 0 R >>", ascii("q 500 0 0 700 50 50 cm /Im0 Do Q"), "");
	}

	public static byte[] inlineImageBomb() {
		byte[] data = RawPdf.deflate(new byte[4096]);
		return RawPdf.onePage("", Bytes.concat(ascii("q 500 0 0 700 50 50 cm\nBI /W " + BOMB_SIDE + " /H " + BOMB_SIDE
				+ " /BPC 8 /CS /RGB /F /Fl ID "), data, ascii("\nEI\nQ")));
	}

	public static byte[] annotationBomb() {
		RawPdf pdf = new RawPdf();
		int image = bombImage(pdf);
		int appearance = pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 200 200] /Resources << /XObject << /Im0 "
				+ image + " 0 R >> >>", ascii("q 200 0 0 200 0 0 cm /Im0 Do Q"), true);
		int annotation = pdf.add("<< /Type /Annot /Subtype /Square /Rect [50 50 250 250] /F 4 /AP << /N " + appearance
				+ " 0 R >> >>");
		return pdf.withA4Page("", ascii("BT ET"), "/Annots [" + annotation + " 0 R]");
	}

	public static byte[] patternBomb() {
		RawPdf pdf = new RawPdf();
		int image = bombImage(pdf);
		int pattern = pdf.stream("/Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 100 100] "
				+ "/XStep 100 /YStep 100 /Resources << /XObject << /Im0 " + image + " 0 R >> >>",
				ascii("q 100 0 0 100 0 0 cm /Im0 Do Q"), true);
		return pdf.withA4Page("/Pattern << /P0 " + pattern + " 0 R >>", ascii("/Pattern cs /P0 scn 50 50 400 400 re f"), "");
	}

	public static byte[] softMaskBomb() {
		RawPdf pdf = new RawPdf();
		int mask = pdf.stream("/Type /XObject /Subtype /Image /Width " + BOMB_SIDE + " /Height " + BOMB_SIDE
				+ " /ColorSpace /DeviceGray /BitsPerComponent 8", new byte[4096], true);
		int image = pdf.stream("/Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceRGB "
				+ "/BitsPerComponent 8 /SMask " + mask + " 0 R", new byte[100 * 100 * 3], true);
		return pdf.withA4Page("/XObject << /Im0 " + image + " 0 R >>", ascii("q 500 0 0 700 50 50 cm /Im0 Do Q"), "");
	}

	public static byte[] type3Bomb() {
		RawPdf pdf = new RawPdf();
		byte[] data = RawPdf.deflate(new byte[4096]);
		int glyph = pdf.stream("", Bytes.concat(ascii("1000 0 d0\nq 1000 0 0 1000 0 0 cm\nBI /W " + BOMB_SIDE + " /H "
				+ BOMB_SIDE + " /BPC 8 /CS /RGB /F /Fl ID "), data, ascii("\nEI\nQ")), false);
		int font = pdf.add("<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] "
				+ "/CharProcs << /a " + glyph + " 0 R >> /Encoding << /Type /Encoding /Differences [97 /a] >> "
				+ "/FirstChar 97 /LastChar 97 /Widths [1000] /Resources << >> >>");
		return pdf.withA4Page("/Font << /F1 " + font + " 0 R >>", ascii("BT /F1 200 Tf 100 400 Td (a) Tj ET"), "");
	}

	/** The largest page PDF allows (200 x 200 inches), with a drawing and no text. */
	public static byte[] hugeMediaBox() {
		RawPdf pdf = new RawPdf();
		return pdf.withPage("[0 0 14400 14400]", "", pdf.stream("", ascii("0 0 1 rg 100 100 5000 5000 re f"), true), "", "");
	}

}
