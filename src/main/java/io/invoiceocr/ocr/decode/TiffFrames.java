package io.invoiceocr.ocr.decode;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

import io.invoiceocr.ocr.decode.DocumentDecodeException.Reason;

/**
 * Counts the frames (pages) of a TIFF by walking its chain of image directories. Java's TIFF reader
 * follows that chain blindly, so a directory pointing back at itself makes it spin; here a loop, or
 * a pointer past the end of the file, is reported as a corrupt file before the reader sees it.
 */
final class TiffFrames {

	private TiffFrames() {
	}

	/**
	 * The number of frames, or {@code stopAfter + 1} when there are more than {@code stopAfter}.
	 * @throws DocumentDecodeException CORRUPT when the chain loops, leaves the file or holds no frame
	 */
	static int count(Path file, int stopAfter) throws IOException, DocumentDecodeException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			ByteBuffer header = read(channel, 0, 8, ByteOrder.BIG_ENDIAN);
			ByteOrder order = header.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
			long offset = Integer.toUnsignedLong(header.order(order).getInt(4));
			Set<Long> seen = new HashSet<>();
			int frames = 0;
			while (offset != 0) {
				if (!seen.add(offset)) {
					throw corrupt("its chain of images loops back on itself");
				}
				if (offset < 8 || offset + 2 > size) {
					throw corrupt("it points to an image beyond its end (truncated?)");
				}
				int entries = Short.toUnsignedInt(read(channel, offset, 2, order).getShort(0));
				long next = offset + 2 + 12L * entries;
				if (next + 4 > size) {
					throw corrupt("an image directory runs past its end (truncated?)");
				}
				TiffCompression.check(read(channel, offset + 2, 12 * entries, order), entries, frames + 1);
				frames++;
				if (frames > stopAfter) {
					return frames;
				}
				offset = Integer.toUnsignedLong(read(channel, next, 4, order).getInt(0));
			}
			if (frames == 0) {
				throw corrupt("it contains no images");
			}
			return frames;
		}
	}

	private static ByteBuffer read(FileChannel channel, long position, int length, ByteOrder order) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length).order(order);
		while (buffer.hasRemaining()) {
			if (channel.read(buffer, position + buffer.position()) < 0) {
				throw new EOFException("the TIFF ends at byte " + (position + buffer.position()));
			}
		}
		return buffer;
	}

	private static DocumentDecodeException corrupt(String what) {
		return new DocumentDecodeException(Reason.CORRUPT, "the TIFF image cannot be read: " + what);
	}

}
