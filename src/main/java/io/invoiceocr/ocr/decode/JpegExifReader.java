package io.invoiceocr.ocr.decode;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the EXIF orientation tag (0x0112) of a JPEG: walks the marker segments up to the image data,
 * finds the APP1 "Exif" segment and looks the tag up in its first image directory, in either byte
 * order. Java's JPEG reader ignores the tag, hence this. A missing or malformed tag means
 * "as stored": a broken EXIF block is no reason to refuse an invoice whose pixels are fine.
 */
final class JpegExifReader {

	private static final int TAG_ORIENTATION = 0x0112;

	private static final int TYPE_SHORT = 3;

	private static final int MARKER_SOI = 0xD8;

	private static final int MARKER_SOS = 0xDA;

	private static final int MARKER_EOI = 0xD9;

	private static final int MARKER_APP1 = 0xE1;

	/** Real files have a handful of segments before the image data; stop looking after this many. */
	private static final int MAX_SEGMENTS = 64;

	private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

	private JpegExifReader() {
	}

	/** The orientation of the JPEG file, {@link ExifOrientation#NORMAL} when it has none. */
	static ExifOrientation orientation(Path jpeg) throws IOException {
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(jpeg)))) {
			return orientation(in);
		}
		catch (EOFException ex) {
			return ExifOrientation.NORMAL;
		}
	}

	private static ExifOrientation orientation(DataInputStream in) throws IOException {
		if (in.readUnsignedByte() != 0xFF || in.readUnsignedByte() != MARKER_SOI) {
			return ExifOrientation.NORMAL;
		}
		for (int segment = 0; segment < MAX_SEGMENTS; segment++) {
			int marker = nextMarker(in);
			if (marker == MARKER_SOS || marker == MARKER_EOI) {
				return ExifOrientation.NORMAL;
			}
			if (isStandalone(marker)) {
				continue;
			}
			int length = in.readUnsignedShort() - 2;
			if (length < 0) {
				return ExifOrientation.NORMAL;
			}
			if (marker == MARKER_APP1) {
				byte[] payload = in.readNBytes(length);
				if (startsWithExifHeader(payload)) {
					return ExifOrientation.of(orientationTag(payload, EXIF_HEADER.length));
				}
			}
			else {
				in.skipNBytes(length);
			}
		}
		return ExifOrientation.NORMAL;
	}

	/** The marker code after any 0xFF fill bytes. */
	private static int nextMarker(DataInputStream in) throws IOException {
		int b = in.readUnsignedByte();
		if (b != 0xFF) {
			throw new EOFException("not at a marker");
		}
		while (b == 0xFF) {
			b = in.readUnsignedByte();
		}
		return b;
	}

	/** TEM and the restart markers carry no length. */
	private static boolean isStandalone(int marker) {
		return marker == 0x01 || marker >= 0xD0 && marker <= 0xD7;
	}

	private static boolean startsWithExifHeader(byte[] payload) {
		if (payload.length < EXIF_HEADER.length) {
			return false;
		}
		for (int i = 0; i < EXIF_HEADER.length; i++) {
			if (payload[i] != EXIF_HEADER[i]) {
				return false;
			}
		}
		return true;
	}

	/** The orientation value in the TIFF structure starting at {@code tiffStart}, or 1 if absent. */
	static int orientationTag(byte[] payload, int tiffStart) {
		try {
			ByteBuffer tiff = ByteBuffer.wrap(payload, tiffStart, payload.length - tiffStart).slice();
			if (tiff.get(0) == 'I' && tiff.get(1) == 'I') {
				tiff.order(ByteOrder.LITTLE_ENDIAN);
			}
			else if (tiff.get(0) == 'M' && tiff.get(1) == 'M') {
				tiff.order(ByteOrder.BIG_ENDIAN);
			}
			else {
				return 1;
			}
			if (tiff.getShort(2) != 42) {
				return 1;
			}
			int directory = tiff.getInt(4);
			int entries = Short.toUnsignedInt(tiff.getShort(directory));
			for (int i = 0; i < entries; i++) {
				int entry = directory + 2 + i * 12;
				if (Short.toUnsignedInt(tiff.getShort(entry)) == TAG_ORIENTATION) {
					boolean isShort = Short.toUnsignedInt(tiff.getShort(entry + 2)) == TYPE_SHORT;
					return isShort ? Short.toUnsignedInt(tiff.getShort(entry + 8)) : 1;
				}
			}
			return 1;
		}
		catch (IndexOutOfBoundsException ex) {
			// Offsets pointing outside the segment: a damaged EXIF block.
			return 1;
		}
	}

}
