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
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import static io.invoiceocr.support.RawPdf.ascii;

/**
 * Images whose headers declare more pixels than any page has (PNG, GIF, BMP, TIFF), formats that are
 * not supported, and pictures with nothing to read: noise, a white page, a truncated scan.
 */
public final class HostileImages {

	private HostileImages() {
	}

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

	static byte[] webp() {
		ByteBuffer webp = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
		webp.put(ascii("RIFF")).putInt(32).put(ascii("WEBPVP8 ")).putInt(20).put(new byte[20]);
		return webp.array();
	}

	static BufferedImage noise(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(42);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		return image;
	}

	static BufferedImage white(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		return image;
	}

	static BufferedImage textImage() {
		BufferedImage image = white(1240, 1754);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.BLACK);
		graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
		graphics.drawString("INVOICE 2024-0042   Total EUR 119.00", 100, 200);
		graphics.dispose();
		return image;
	}

	static byte[] png(BufferedImage image) {
		return encode(image, "png");
	}

	static byte[] jpeg(BufferedImage image) {
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

}
