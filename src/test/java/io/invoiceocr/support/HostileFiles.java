package io.invoiceocr.support;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Files that break readers: decompression bombs of every route a PDF has to an image, truncations,
 * encodings, polyglots, unsupported formats, empty and oversized files, and pages that take long to
 * read. Each is made here, from nothing, so that the corpus needs no files in the repository.
 */
public final class HostileFiles {

	/** Pixels a bomb declares: 40000 x 40000 is 1.6 gigapixels, some 4.8 GB decoded. */
	private static final int BOMB_SIDE = 40_000;

	private HostileFiles() {
	}

	/**
	 * One file of the corpus.
	 * @param kind     what it is, for reports
	 * @param fileName the object key's last part
	 * @param expected how it must end: COMPLETED or FAILED
	 * @param reason   a fragment its failure reason must hold, or an empty string
	 */
	public record HostileFile(String kind, String fileName, byte[] content, String expected, String reason) {

		static HostileFile failing(String kind, String fileName, byte[] content, String reason) {
			return new HostileFile(kind, fileName, content, "FAILED", reason);
		}

	}

	/**
	 * The corpus. {@code overLimitBytes} is the size of the file that must be refused for its size
	 * (the test sets max-bytes below it).
	 */
	public static List<HostileFile> corpus(int overLimitBytes) {
		String pixels = "max-pixels-per-page";
		List<HostileFile> files = new ArrayList<>();
		// unsupported or empty content
		files.add(HostileFile.failing("empty file", "empty.pdf", new byte[0], "empty"));
		files.add(HostileFile.failing("plain text", "notes.txt", utf8("Invoice 42, total 12.00 EUR\n"), "not a"));
		files.add(HostileFile.failing("HTML page", "invoice.html",
				utf8("<!DOCTYPE html><html><body><h1>Invoice</h1><p>Total 12.00</p></body></html>"), "not a"));
		files.add(HostileFile.failing("ZIP archive", "invoices.zip", zip("invoice.pdf", InvoicePdfs.invoice(1)), "not a"));
		files.add(HostileFile.failing("SVG drawing", "logo.svg",
				utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\"><text>Invoice</text></svg>"), "not a"));
		files.add(HostileFile.failing("WebP image", "photo.webp", webp(), "not a"));
		files.add(HostileFile.failing("UTF-16 text", "export.csv",
				("\uFEFFInvoice;Total\n42;12.00\n").getBytes(StandardCharsets.UTF_16LE), "not a"));
		// broken PDFs
		files.add(HostileFile.failing("truncated PDF", "cut.pdf",
				Arrays.copyOf(InvoicePdfs.invoice(2), InvoicePdfs.invoice(2).length * 2 / 5), ""));
		files.add(HostileFile.failing("PDF header only", "header.pdf", ascii("%PDF-1.7\n"), "damaged"));
		files.add(HostileFile.failing("password-protected PDF", "locked.pdf", encrypted(InvoicePdfs.invoice(3)), "password"));
		files.add(HostileFile.failing("PDF without pages", "nopages.pdf", noPages(), "no pages"));
		files.add(HostileFile.failing("PDF page tree loop", "loop.pdf", cyclicPageTree(), "page tree"));
		// image bombs, one per route to an image
		files.add(HostileFile.failing("image XObject bomb", "xobject-bomb.pdf", xObjectBomb(), pixels));
		files.add(HostileFile.failing("inline image bomb", "inline-bomb.pdf", inlineImageBomb(), pixels));
		files.add(HostileFile.failing("annotation appearance bomb", "annotation-bomb.pdf", annotationBomb(), pixels));
		files.add(HostileFile.failing("tiling pattern bomb", "pattern-bomb.pdf", patternBomb(), pixels));
		files.add(HostileFile.failing("soft mask bomb", "smask-bomb.pdf", softMaskBomb(), pixels));
		files.add(HostileFile.failing("Type 3 glyph bomb", "type3-bomb.pdf", type3Bomb(), pixels));
		files.add(HostileFile.failing("huge MediaBox", "poster.pdf", hugeMediaBox(), pixels));
		// too much of something
		files.add(HostileFile.failing("201 pages", "long.pdf", blankPages(201), "max-pages"));
		files.add(HostileFile.failing("199 blank pages", "blank.pdf", blankPages(199), "blank"));
		files.add(HostileFile.failing("a million path operations", "paths.pdf", millionPaths(), "document-timeout"));
		files.add(HostileFile.failing("300000 text operations", "glyphs.pdf", manyTextOperations(), ""));
		files.add(HostileFile.failing("content stream flate bomb", "flate-bomb.pdf", contentFlateBomb(), ""));
		files.add(HostileFile.failing("over the size limit", "huge.pdf", oversized(overLimitBytes), "max-bytes"));
		// readable files that are not invoices, or hide one
		files.add(HostileFile.failing("prose page", "letter.pdf", prosePdf(""), "no invoice data"));
		files.add(HostileFile.failing("JavaScript OpenAction", "script.pdf",
				prosePdf("/OpenAction << /S /JavaScript /JS (app.alert\\('hello'\\); this.print\\(\\);) >>"), "no invoice data"));
		files.add(new HostileFile("forms nested 40 deep", "nested.pdf", nestedForms(40), "COMPLETED", ""));
		files.add(new HostileFile("PDF with a ZIP appended", "polyglot.pdf",
				concat(InvoicePdfs.invoice(4), zip("payload.exe", utf8("MZ"))), "COMPLETED", ""));
		files.add(HostileFile.failing("JPEG header on a PDF", "polyglot.jpg",
				concat(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, InvoicePdfs.invoice(5)), ""));
		// images
		files.add(HostileFile.failing("PNG declaring 40000 x 40000", "bomb.png", pngDeclaring(BOMB_SIDE, BOMB_SIDE), pixels));
		files.add(HostileFile.failing("PNG of 1 x 50000", "sliver.png", png(new BufferedImage(1, 50_000, BufferedImage.TYPE_INT_RGB)), "no text"));
		files.add(HostileFile.failing("photo of noise", "noise.png", png(noise(800, 600)), "no "));
		files.add(HostileFile.failing("white page", "white.png", png(white(1240, 1754)), "blank"));
		files.add(HostileFile.failing("truncated JPEG", "cut.jpg", Arrays.copyOf(jpeg(textImage()), 600), ""));
		files.add(HostileFile.failing("GIF of 65535 x 65535", "bomb.gif", gifDeclaring(65_535, 65_535), pixels));
		files.add(HostileFile.failing("BMP of 50000 x 50000", "bomb.bmp", bmpDeclaring(50_000, 50_000), "damaged"));
		files.add(HostileFile.failing("Zstandard TIFF", "scan.tif", tiffDeclaring(100, 100, 50_000), "Zstandard"));
		files.add(HostileFile.failing("TIFF of 100000 x 100000", "bomb.tif", tiffDeclaring(100_000, 100_000, 1), pixels));
		return files;
	}

	// ---- PDFs ---------------------------------------------------------------------------------

	/** An image dictionary declaring a bomb's size, with a few bytes of data. */
	private static int bombImage(RawPdf pdf) {
		return pdf.stream("/Type /XObject /Subtype /Image /Width " + BOMB_SIDE + " /Height " + BOMB_SIDE
				+ " /ColorSpace /DeviceRGB /BitsPerComponent 8", new byte[4096], true);
	}

	public static byte[] xObjectBomb() {
		RawPdf pdf = new RawPdf();
		int image = bombImage(pdf);
		return page(pdf, "/XObject << /Im0 " + image + " 0 R >>", ascii("q 500 0 0 700 50 50 cm /Im0 Do Q"), "");
	}

	public static byte[] inlineImageBomb() {
		byte[] data = RawPdf.deflate(new byte[4096]);
		return RawPdf.onePage("", concat(ascii("q 500 0 0 700 50 50 cm\nBI /W " + BOMB_SIDE + " /H " + BOMB_SIDE
				+ " /BPC 8 /CS /RGB /F /Fl ID "), data, ascii("\nEI\nQ")));
	}

	public static byte[] annotationBomb() {
		RawPdf pdf = new RawPdf();
		int image = bombImage(pdf);
		int appearance = pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 200 200] /Resources << /XObject << /Im0 "
				+ image + " 0 R >> >>", ascii("q 200 0 0 200 0 0 cm /Im0 Do Q"), true);
		int annotation = pdf.add("<< /Type /Annot /Subtype /Square /Rect [50 50 250 250] /F 4 /AP << /N " + appearance
				+ " 0 R >> >>");
		return page(pdf, "", ascii("BT ET"), "/Annots [" + annotation + " 0 R]");
	}

	public static byte[] patternBomb() {
		RawPdf pdf = new RawPdf();
		int image = bombImage(pdf);
		int pattern = pdf.stream("/Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 100 100] "
				+ "/XStep 100 /YStep 100 /Resources << /XObject << /Im0 " + image + " 0 R >> >>",
				ascii("q 100 0 0 100 0 0 cm /Im0 Do Q"), true);
		return page(pdf, "/Pattern << /P0 " + pattern + " 0 R >>", ascii("/Pattern cs /P0 scn 50 50 400 400 re f"), "");
	}

	public static byte[] softMaskBomb() {
		RawPdf pdf = new RawPdf();
		int mask = pdf.stream("/Type /XObject /Subtype /Image /Width " + BOMB_SIDE + " /Height " + BOMB_SIDE
				+ " /ColorSpace /DeviceGray /BitsPerComponent 8", new byte[4096], true);
		int image = pdf.stream("/Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceRGB "
				+ "/BitsPerComponent 8 /SMask " + mask + " 0 R", new byte[100 * 100 * 3], true);
		return page(pdf, "/XObject << /Im0 " + image + " 0 R >>", ascii("q 500 0 0 700 50 50 cm /Im0 Do Q"), "");
	}

	public static byte[] type3Bomb() {
		RawPdf pdf = new RawPdf();
		byte[] data = RawPdf.deflate(new byte[4096]);
		int glyph = pdf.stream("", concat(ascii("1000 0 d0\nq 1000 0 0 1000 0 0 cm\nBI /W " + BOMB_SIDE + " /H "
				+ BOMB_SIDE + " /BPC 8 /CS /RGB /F /Fl ID "), data, ascii("\nEI\nQ")), false);
		int font = pdf.add("<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] "
				+ "/CharProcs << /a " + glyph + " 0 R >> /Encoding << /Type /Encoding /Differences [97 /a] >> "
				+ "/FirstChar 97 /LastChar 97 /Widths [1000] /Resources << >> >>");
		return page(pdf, "/Font << /F1 " + font + " 0 R >>", ascii("BT /F1 200 Tf 100 400 Td (a) Tj ET"), "");
	}

	/** The largest page PDF allows (200 x 200 inches), with a drawing and no text. */
	public static byte[] hugeMediaBox() {
		RawPdf pdf = new RawPdf();
		return pdf.withPage("[0 0 14400 14400]", "", pdf.stream("", ascii("0 0 1 rg 100 100 5000 5000 re f"), true), "", "");
	}

	public static byte[] cyclicPageTree() {
		RawPdf pdf = new RawPdf();
		int catalog = pdf.reserve();
		int root = pdf.reserve();
		int inner = pdf.reserve();
		pdf.set(root, "<< /Type /Pages /Kids [" + inner + " 0 R] /Count 1 >>");
		pdf.set(inner, "<< /Type /Pages /Parent " + root + " 0 R /Kids [" + root + " 0 R] /Count 1 >>");
		pdf.set(catalog, "<< /Type /Catalog /Pages " + root + " 0 R >>");
		return pdf.build(catalog);
	}

	public static byte[] noPages() {
		RawPdf pdf = new RawPdf();
		int catalog = pdf.reserve();
		int pages = pdf.add("<< /Type /Pages /Kids [] /Count 0 >>");
		pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");
		return pdf.build(catalog);
	}

	/** A page of a million strokes across it: quick to write, minutes to draw. */
	public static byte[] millionPaths() {
		return RawPdf.onePage("", repeated(ascii("0 0 m 595 842 l S\n"), 1_000_000));
	}

	/** 300000 text objects of one glyph each, in the text layer. */
	public static byte[] manyTextOperations() {
		return RawPdf.onePage(HELVETICA, repeated(ascii("BT /F1 4 Tf 300 400 Td (x) Tj ET\n"), 300_000));
	}

	/** A content stream of 400 MB of blanks, some 400 KB compressed. */
	public static byte[] contentFlateBomb() {
		RawPdf pdf = new RawPdf();
		int contents = pdf.reserve();
		pdf.setStream(contents, "/Filter /FlateDecode", deflatedBlanks(400L * 1024 * 1024), false);
		return pdf.withPage("[0 0 595 842]", "", contents, "", "");
	}

	/** An invoice's text, drawn by a form inside a form ... {@code depth} deep. */
	public static byte[] nestedForms(int depth) {
		RawPdf pdf = new RawPdf();
		InvoicePdfs.Facts facts = InvoicePdfs.facts(6);
		StringBuilder text = new StringBuilder("BT /F1 11 Tf 16 TL 60 780 Td\n");
		for (String line : List.of(facts.vendor(), "Hafenstrasse 12, 20457 Hamburg", "INVOICE",
				"Invoice number: " + facts.number(), "Invoice date: " + facts.date(), "Bill to: Harbour Cafe Ltd",
				"Total: EUR " + facts.total())) {
			text.append('(').append(line).append(") Tj T*\n");
		}
		text.append("ET");
		int form = pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << " + HELVETICA + " >>",
				ascii(text.toString()), true);
		for (int level = 1; level < depth; level++) {
			form = pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /X0 " + form
					+ " 0 R >> >>", ascii("/X0 Do"), true);
		}
		return page(pdf, "/XObject << /X0 " + form + " 0 R >>", ascii("/X0 Do"), "");
	}

	/** A page of a letter: text, but nothing an invoice has. */
	public static byte[] prosePdf(String catalogExtras) {
		StringBuilder text = new StringBuilder("BT /F1 11 Tf 16 TL 60 780 Td\n");
		for (String line : List.of("Dear neighbours,", "the summer party will take place in the courtyard again.",
				"Please bring a dish to share and a chair if you have one to spare.", "Children are very welcome,",
				"and so are dogs on a leash. We will start in the early evening", "and finish when the last guest leaves.",
				"Looking forward to seeing you all there.", "Kind regards from the residents' committee")) {
			text.append('(').append(line.replace("'", "\\'")).append(") Tj T*\n");
		}
		text.append("ET");
		return RawPdf.onePage(HELVETICA, ascii(text.toString()), "", catalogExtras);
	}

	public static byte[] blankPages(int count) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < count; i++) {
				document.addPage(new PDPage(PDRectangle.A4));
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] encrypted(byte[] pdf) {
		try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF that is too large only because of padding after its end, which readers ignore. */
	public static byte[] oversized(int bytes) {
		byte[] invoice = InvoicePdfs.invoice(7);
		byte[] padded = Arrays.copyOf(invoice, bytes);
		Arrays.fill(padded, invoice.length, bytes, (byte) '\n');
		return padded;
	}

	private static final String HELVETICA = "/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
			+ "/Encoding /WinAnsiEncoding >> >>";

	private static byte[] page(RawPdf pdf, String resources, byte[] content, String pageExtras) {
		return pdf.withPage("[0 0 595 842]", resources, pdf.stream("", content, true), pageExtras, "");
	}

	private static byte[] repeated(byte[] unit, int times) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(unit.length * times);
		for (int i = 0; i < times; i++) {
			out.writeBytes(unit);
		}
		return out.toByteArray();
	}

	private static byte[] deflatedBlanks(long size) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] blanks = new byte[1024 * 1024];
		Arrays.fill(blanks, (byte) ' ');
		try (DeflaterOutputStream deflating = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
			for (long written = 0; written < size; written += blanks.length) {
				deflating.write(blanks);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	// ---- images -------------------------------------------------------------------------------

	/** A valid little PNG whose header declares {@code width x height} pixels of 8-bit RGB. */
	public static byte[] pngDeclaring(int width, int height) {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
			.put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(png, "IHDR", header.array());
		chunk(png, "IDAT", RawPdf.deflate(new byte[1024]));
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
		byte[] typeBytes = ascii(type);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		png.writeBytes(typeBytes);
		png.writeBytes(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/** A GIF whose screen and image declare {@code width x height}, with one pixel of data. */
	public static byte[] gifDeclaring(int width, int height) {
		ByteBuffer gif = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
		gif.put(ascii("GIF89a")).putShort((short) width).putShort((short) height).put((byte) 0x80).put((byte) 0).put((byte) 0);
		gif.put(new byte[] { 0, 0, 0, (byte) 255, (byte) 255, (byte) 255 }); // two-colour global table
		gif.put((byte) 0x2C).putShort((short) 0).putShort((short) 0).putShort((short) width).putShort((short) height)
			.put((byte) 0);
		gif.put((byte) 2).put((byte) 2).put((byte) 0x4C).put((byte) 0x01).put((byte) 0).put((byte) 0x3B);
		return Arrays.copyOf(gif.array(), gif.position());
	}

	/** A BMP header declaring {@code width x height} pixels of 24 bits, with no pixel data. */
	public static byte[] bmpDeclaring(int width, int height) {
		ByteBuffer bmp = ByteBuffer.allocate(54).order(ByteOrder.LITTLE_ENDIAN);
		bmp.put(ascii("BM")).putInt(54).putInt(0).putInt(54);
		bmp.putInt(40).putInt(width).putInt(height).putShort((short) 1).putShort((short) 24).putInt(0).putInt(0)
			.putInt(2835).putInt(2835).putInt(0).putInt(0);
		return bmp.array();
	}

	/** A one-strip 8-bit grey TIFF with this size and compression tag (1 is none, 50000 Zstandard). */
	public static byte[] tiffDeclaring(int width, int height, int compression) {
		int entries = 9;
		int dataOffset = 8 + 2 + entries * 12 + 4;
		ByteBuffer tiff = ByteBuffer.allocate(dataOffset + 256).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put(ascii("II")).putShort((short) 42).putInt(8);
		tiff.putShort((short) entries);
		entry(tiff, 256, 4, width); // ImageWidth
		entry(tiff, 257, 4, height); // ImageLength
		entry(tiff, 258, 3, 8); // BitsPerSample
		entry(tiff, 259, 3, compression); // Compression
		entry(tiff, 262, 3, 1); // PhotometricInterpretation: black is zero
		entry(tiff, 273, 4, dataOffset); // StripOffsets
		entry(tiff, 277, 3, 1); // SamplesPerPixel
		entry(tiff, 278, 4, height); // RowsPerStrip
		entry(tiff, 279, 4, 256); // StripByteCounts
		tiff.putInt(0);
		return tiff.array();
	}

	private static void entry(ByteBuffer tiff, int tag, int type, int value) {
		tiff.putShort((short) tag).putShort((short) type).putInt(1);
		if (type == 3) {
			tiff.putShort((short) value).putShort((short) 0);
		}
		else {
			tiff.putInt(value);
		}
	}

	private static byte[] webp() {
		ByteBuffer webp = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
		webp.put(ascii("RIFF")).putInt(32).put(ascii("WEBPVP8 ")).putInt(20).put(new byte[20]);
		return webp.array();
	}

	private static BufferedImage noise(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(42);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		return image;
	}

	private static BufferedImage white(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		return image;
	}

	private static BufferedImage textImage() {
		BufferedImage image = white(1240, 1754);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.BLACK);
		graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
		graphics.drawString("INVOICE 2024-0042   Total EUR 119.00", 100, 200);
		graphics.dispose();
		return image;
	}

	private static byte[] png(BufferedImage image) {
		return encode(image, "png");
	}

	private static byte[] jpeg(BufferedImage image) {
		return encode(image, "jpeg");
	}

	private static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] zip(String entry, byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] ascii(String text) {
		return RawPdf.ascii(text);
	}

}
