package io.invoiceocr.ocr.decode;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Set;

import io.invoiceocr.ocr.decode.DocumentDecodeException.Reason;

/**
 * Refuses a TIFF compressed with a scheme Java's TIFF reader lacks, by name, before the reader
 * says "Unsupported compression type (tag value = 50000)!". Scanners and image tools have taken to
 * newer schemes (Zstandard, WebP, JPEG XL) that a person can avoid once told which one it is.
 */
final class TiffCompression {

	private static final int COMPRESSION_TAG = 259;

	/** What the JDK's TIFF plugin decodes (javax.imageio TIFF metadata format, BaselineTIFFTagSet). */
	private static final Set<Integer> READABLE = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 32773, 32946);

	/** Names of schemes seen in the wild, from the TIFF tag registry (libtiff's tiff.h). */
	private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(34661, "JBIG"),
			Map.entry(34676, "SGI LogLuv"), Map.entry(34712, "JPEG 2000"), Map.entry(34887, "LERC"),
			Map.entry(34925, "LZMA"), Map.entry(50000, "Zstandard"), Map.entry(50001, "WebP"),
			Map.entry(50002, "JPEG XL"), Map.entry(52546, "JPEG XL"), Map.entry(32809, "ThunderScan"),
			Map.entry(32895, "IT8 CT"), Map.entry(32908, "Pixar"), Map.entry(32947, "Kodak DCS"));

	private TiffCompression() {
	}

	/**
	 * @param entries the 12-byte entries of one image directory, in the file's byte order
	 * @param frame   which frame the directory describes, from 1
	 */
	static void check(ByteBuffer entries, int count, int frame) throws DocumentDecodeException {
		for (int i = 0; i < count; i++) {
			int at = i * 12;
			if (Short.toUnsignedInt(entries.getShort(at)) != COMPRESSION_TAG) {
				continue;
			}
			// SHORT (type 3) is what the specification asks for; LONG (4) occurs too
			int type = Short.toUnsignedInt(entries.getShort(at + 2));
			int scheme = type == 4 ? entries.getInt(at + 8) : Short.toUnsignedInt(entries.getShort(at + 8));
			if (!READABLE.contains(scheme)) {
				String name = NAMES.getOrDefault(scheme, "an unknown scheme");
				throw new DocumentDecodeException(Reason.UNSUPPORTED_TYPE, "the TIFF image"
						+ (frame > 1 ? " (page " + frame + ")" : "") + " is compressed with " + name + " (compression "
						+ scheme + "), which this service cannot read; save it again with LZW, Deflate, PackBits, JPEG "
						+ "or CCITT Group 4 compression, or as PDF or PNG");
			}
		}
	}

}
