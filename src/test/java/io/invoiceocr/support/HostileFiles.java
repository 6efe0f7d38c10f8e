package io.invoiceocr.support;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Files that break readers: decompression bombs of every route a PDF has to an image, truncations,
 * encodings, polyglots, unsupported formats, empty and oversized files, and pages that take long to
 * read. Each is made from nothing ({@link PdfImageBombs}, {@link PdfFaults}, {@link HostileImages}), so
 * that the corpus needs no files in the repository.
 */
public final class HostileFiles {

	/** Pixels a bomb declares: 40000 x 40000 is 1.6 gigapixels, some 4.8 GB decoded. */
	static final int BOMB_SIDE = 40_000;

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
		files.add(HostileFile.failing("plain text", "notes.txt", Bytes.utf8("Invoice 42, total 12.00 EUR\n"), "not a"));
		files.add(HostileFile.failing("HTML page", "invoice.html",
				Bytes.utf8("<!DOCTYPE html><html><body><h1>Invoice</h1><p>Total 12.00</p></body></html>"), "not a"));
		files.add(HostileFile.failing("ZIP archive", "invoices.zip",
				Bytes.zip("invoice.pdf", InvoicePdfs.invoice(1)), "not a"));
		files.add(HostileFile.failing("SVG drawing", "logo.svg",
				Bytes.utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\"><text>Invoice</text></svg>"), "not a"));
		files.add(HostileFile.failing("WebP image", "photo.webp", HostileImages.webp(), "not a"));
		files.add(HostileFile.failing("UTF-16 text", "export.csv",
				("\uFEFFInvoice;Total\n42;12.00\n").getBytes(StandardCharsets.UTF_16LE), "not a"));
		// broken PDFs
		files.add(HostileFile.failing("truncated PDF", "cut.pdf",
				Arrays.copyOf(InvoicePdfs.invoice(2), InvoicePdfs.invoice(2).length * 2 / 5), ""));
		files.add(HostileFile.failing("PDF header only", "header.pdf", RawPdf.ascii("%PDF-1.7\n"), "damaged"));
		files.add(HostileFile.failing("password-protected PDF", "locked.pdf",
				PdfFaults.encrypted(InvoicePdfs.invoice(3)), "password"));
		files.add(HostileFile.failing("PDF without pages", "nopages.pdf", PdfFaults.noPages(), "no pages"));
		files.add(HostileFile.failing("PDF page tree loop", "loop.pdf", PdfFaults.cyclicPageTree(), "page tree"));
		// image bombs, one per route to an image
		files.add(HostileFile.failing("image XObject bomb", "xobject-bomb.pdf", PdfImageBombs.xObjectBomb(), pixels));
		files.add(HostileFile.failing("inline image bomb", "inline-bomb.pdf", PdfImageBombs.inlineImageBomb(), pixels));
		files.add(HostileFile.failing("annotation appearance bomb", "annotation-bomb.pdf",
				PdfImageBombs.annotationBomb(), pixels));
		files.add(HostileFile.failing("tiling pattern bomb", "pattern-bomb.pdf", PdfImageBombs.patternBomb(), pixels));
		files.add(HostileFile.failing("soft mask bomb", "smask-bomb.pdf", PdfImageBombs.softMaskBomb(), pixels));
		files.add(HostileFile.failing("Type 3 glyph bomb", "type3-bomb.pdf", PdfImageBombs.type3Bomb(), pixels));
		files.add(HostileFile.failing("huge MediaBox", "poster.pdf", PdfImageBombs.hugeMediaBox(), pixels));
		// too much of something
		files.add(HostileFile.failing("201 pages", "long.pdf", PdfFaults.blankPages(201), "max-pages"));
		files.add(HostileFile.failing("199 blank pages", "blank.pdf", PdfFaults.blankPages(199), "blank"));
		files.add(HostileFile.failing("a million path operations", "paths.pdf",
				PdfFaults.millionPaths(), "document-timeout"));
		files.add(HostileFile.failing("300000 text operations", "glyphs.pdf", PdfFaults.manyTextOperations(), ""));
		files.add(HostileFile.failing("content stream flate bomb", "flate-bomb.pdf", PdfFaults.contentFlateBomb(), ""));
		files.add(HostileFile.failing("over the size limit", "huge.pdf",
				PdfFaults.oversized(overLimitBytes), "max-bytes"));
		// readable files that are not invoices, or hide one
		files.add(HostileFile.failing("prose page", "letter.pdf", PdfFaults.prosePdf(""), "no invoice data"));
		files.add(HostileFile.failing("JavaScript OpenAction", "script.pdf",
				PdfFaults.prosePdf("/OpenAction << /S /JavaScript /JS (app.alert\\('hello'\\); this.print\\(\\);) >>"), "no invoice data"));
		files.add(new HostileFile("forms nested 40 deep", "nested.pdf", PdfFaults.nestedForms(40), "COMPLETED", ""));
		files.add(new HostileFile("PDF with a ZIP appended", "polyglot.pdf",
				Bytes.concat(InvoicePdfs.invoice(4), Bytes.zip("payload.exe", Bytes.utf8("MZ"))), "COMPLETED", ""));
		files.add(HostileFile.failing("JPEG header on a PDF", "polyglot.jpg",
				Bytes.concat(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, InvoicePdfs.invoice(5)), ""));
		// images
		files.add(HostileFile.failing("PNG declaring 40000 x 40000", "bomb.png",
				HostileImages.pngDeclaring(BOMB_SIDE, BOMB_SIDE), pixels));
		files.add(HostileFile.failing("PNG of 1 x 50000", "sliver.png",
				HostileImages.png(new BufferedImage(1, 50_000, BufferedImage.TYPE_INT_RGB)), "no text"));
		files.add(HostileFile.failing("photo of noise", "noise.png",
				HostileImages.png(HostileImages.noise(800, 600)), "no "));
		files.add(HostileFile.failing("white page", "white.png",
				HostileImages.png(HostileImages.white(1240, 1754)), "blank"));
		files.add(HostileFile.failing("truncated JPEG", "cut.jpg",
				Arrays.copyOf(HostileImages.jpeg(HostileImages.textImage()), 600), ""));
		files.add(HostileFile.failing("GIF of 65535 x 65535", "bomb.gif",
				HostileImages.gifDeclaring(65_535, 65_535), pixels));
		files.add(HostileFile.failing("BMP of 50000 x 50000", "bomb.bmp",
				HostileImages.bmpDeclaring(50_000, 50_000), "damaged"));
		files.add(HostileFile.failing("Zstandard TIFF", "scan.tif",
				HostileImages.tiffDeclaring(100, 100, 50_000), "Zstandard"));
		files.add(HostileFile.failing("TIFF of 100000 x 100000", "bomb.tif",
				HostileImages.tiffDeclaring(100_000, 100_000, 1), pixels));
		return files;
	}

}
