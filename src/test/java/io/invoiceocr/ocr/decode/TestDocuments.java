package io.invoiceocr.ocr.decode;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/** Builds every document the decoding tests read, so that no binary fixture is needed. */
final class TestDocuments {

	static final PDFont HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	static final float A4_HEIGHT = PDRectangle.A4.getHeight();

	private TestDocuments() {
	}

	/** A piece of text placed on a page, at its baseline, measured from the top-left (y down). */
	record PlacedText(String text, float x, float baselineFromTop, float fontSize) {
	}

	/** The text of the born-digital invoice page, deliberately drawn out of reading order. */
	static final List<PlacedText> INVOICE_TEXT = List.of(
			new PlacedText("1,234.50 EUR", 400, 200, 12),
			new PlacedText("Total", 72, 200, 12),
			new PlacedText("Date: 2024-03-15", 400, 130, 12),
			new PlacedText("Invoice No. INV-2024-0042", 72, 130, 12),
			new PlacedText("ACME Supplies GmbH", 72, 80, 16));

	// ---- PDFs ----------------------------------------------------------------------------------

	/** Adds an A4 page carrying the given text in Helvetica. */
	static void addTextPage(PDDocument document, List<PlacedText> texts) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			for (PlacedText text : texts) {
				content.beginText();
				content.setFont(HELVETICA, text.fontSize());
				content.newLineAtOffset(text.x(), A4_HEIGHT - text.baselineFromTop());
				content.showText(text.text());
				content.endText();
			}
		}
	}

	/**
	 * Adds an A4 page that is only a picture, as a scanner makes it: white paper with a black block
	 * over the top-left quarter (so a rendered pixel can be checked).
	 */
	static void addScannedPage(PDDocument document) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		BufferedImage scan = new BufferedImage(600, 850, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = scan.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, 600, 850);
		graphics.setColor(Color.BLACK);
		graphics.fillRect(0, 0, 300, 425);
		graphics.dispose();
		PDImageXObject image = LosslessFactory.createFromImage(document, scan);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), A4_HEIGHT);
		}
	}

	static Path bornDigitalPdf(Path file) throws IOException {
		try (PDDocument document = new PDDocument()) {
			addTextPage(document, INVOICE_TEXT);
			document.save(file.toFile());
		}
		return file;
	}

	/**
	 * A landscape invoice stored the way many generators do it: a portrait A4 page with /Rotate 90 and
	 * its text drawn turned a quarter counter-clockwise, so that it reads upright when displayed. The
	 * text's baseline starts at {@code (x, baselineFromTop)} of the displayed (landscape) page.
	 */
	static Path landscapePdfStoredRotated(Path file, PlacedText text) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			page.setRotation(90);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(HELVETICA, text.fontSize());
				// Displayed clockwise by 90 degrees: the stored x becomes the distance from the top,
				// the stored y the distance from the left.
				content.setTextMatrix(new Matrix(0, 1, -1, 0, text.baselineFromTop(), text.x()));
				content.showText(text.text());
				content.endText();
			}
			document.save(file.toFile());
		}
		return file;
	}

	static Path scannedPdf(Path file) throws IOException {
		try (PDDocument document = new PDDocument()) {
			addScannedPage(document);
			document.save(file.toFile());
		}
		return file;
	}

	/** Page 1 born-digital, page 2 scanned. */
	static Path mixedPdf(Path file) throws IOException {
		try (PDDocument document = new PDDocument()) {
			addTextPage(document, INVOICE_TEXT);
			addScannedPage(document);
			document.save(file.toFile());
		}
		return file;
	}

	static Path textPdfWithPages(Path file, int pages) throws IOException {
		try (PDDocument document = new PDDocument()) {
			for (int i = 1; i <= pages; i++) {
				addTextPage(document, List.of(new PlacedText("Page " + i + " of an invoice with many pages", 72, 100, 12)));
			}
			document.save(file.toFile());
		}
		return file;
	}

	/** The born-digital invoice, protected with the given passwords (an empty user password opens it). */
	static Path protectedPdf(Path file, String ownerPassword, String userPassword) throws IOException {
		try (PDDocument document = new PDDocument()) {
			addTextPage(document, INVOICE_TEXT);
			AccessPermission permissions = new AccessPermission();
			permissions.setCanExtractContent(false);
			permissions.setCanPrint(false);
			StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(file.toFile());
		}
		return file;
	}

	/** A scanned page whose image dictionary claims 100000 x 100000 pixels. */
	static Path pdfWithImageBomb(Path file) throws IOException {
		try (PDDocument document = new PDDocument()) {
			addScannedPage(document);
			PDResources resources = document.getPage(0).getResources();
			COSName name = resources.getXObjectNames().iterator().next();
			COSDictionary image = resources.getXObject(name).getCOSObject();
			image.setInt(COSName.WIDTH, 100_000);
			image.setInt(COSName.HEIGHT, 100_000);
			document.save(file.toFile());
		}
		return file;
	}

	// ---- images --------------------------------------------------------------------------------

	/** White paper with a red block in the top-left corner, to tell where the top-left went. */
	static BufferedImage markedImage(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, Math.max(1, width / 5), Math.max(1, height / 5));
		graphics.dispose();
		return image;
	}

	static Path writeImage(Path file, BufferedImage image, String format) throws IOException {
		if (!ImageIO.write(image, format, file.toFile())) {
			throw new IllegalStateException("no ImageIO writer for " + format);
		}
		return file;
	}

	static byte[] jpegBytes(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

	static Path multiPageTiff(Path file, List<BufferedImage> frames) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
		Files.deleteIfExists(file);
		try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
			writer.setOutput(out);
			writer.prepareWriteSequence(null);
			for (BufferedImage frame : frames) {
				writer.writeToSequence(new IIOImage(frame, null, null), null);
			}
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
		return file;
	}

	/** A single-frame TIFF whose image directory names itself as the next one. */
	static Path tiffWithLoopingDirectories(Path file) throws IOException {
		writeImage(file, markedImage(10, 10, BufferedImage.TYPE_INT_RGB), "tiff");
		byte[] bytes = Files.readAllBytes(file);
		ByteBuffer tiff = ByteBuffer.wrap(bytes).order(bytes[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
		int directory = tiff.getInt(4);
		int entries = Short.toUnsignedInt(tiff.getShort(directory));
		tiff.putInt(directory + 2 + 12 * entries, directory);
		return Files.write(file, bytes);
	}

	/**
	 * The JPEG with an APP1 Exif segment carrying only the orientation tag, in the given byte order,
	 * inserted after the JFIF APP0 segment the way cameras place it.
	 */
	static byte[] withExifOrientation(byte[] jpeg, int orientation, ByteOrder order) {
		ByteBuffer tiff = ByteBuffer.allocate(26).order(order);
		tiff.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
		tiff.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
		tiff.putShort((short) 42);
		tiff.putInt(8); // first directory right after this header
		tiff.putShort((short) 1); // one entry
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putInt(0); // no next directory
		byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
		int length = 2 + exif.length + tiff.capacity();
		ByteArrayOutputStream segment = new ByteArrayOutputStream();
		segment.write(0xFF);
		segment.write(0xE1);
		segment.write(length >> 8);
		segment.write(length & 0xFF);
		segment.writeBytes(exif);
		segment.writeBytes(tiff.array());
		// SOI (2 bytes), then APP0: marker (2) + its length.
		int app0Length = (jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF);
		int insertAt = jpeg[3] == (byte) 0xE0 ? 4 + app0Length : 2;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, insertAt);
		out.writeBytes(segment.toByteArray());
		out.write(jpeg, insertAt, jpeg.length - insertAt);
		return out.toByteArray();
	}

	/**
	 * A valid little PNG whose header declares {@code width x height} pixels of 8-bit RGB: what a
	 * decompression bomb looks like before anything is decoded.
	 */
	static byte[] pngDeclaring(int width, int height) {
		return io.invoiceocr.support.HostileImages.pngDeclaring(width, height);
	}

	// ---- other files ---------------------------------------------------------------------------

	static Path zip(Path file, String... entryNames) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (String name : entryNames) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(("<content of " + name + ">").getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return file;
	}

	static byte[] truncated(byte[] bytes, double share) {
		return Arrays.copyOf(bytes, (int) (bytes.length * share));
	}

}
