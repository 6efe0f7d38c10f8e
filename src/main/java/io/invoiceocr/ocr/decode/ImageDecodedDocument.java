package io.invoiceocr.ocr.decode;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.invoiceocr.ocr.decode.DocumentDecodeException.Reason;

/**
 * An image file read with ImageIO's built-in readers: one page, or one page per frame of a
 * multi-page TIFF. Dimensions come from the headers before any pixels are decoded, so a file
 * declaring an absurd size is refused instead of allocated.
 */
final class ImageDecodedDocument implements DecodedDocument {

	private static final Logger log = LoggerFactory.getLogger(ImageDecodedDocument.class);

	/** Beyond this a TIFF's pages are not counted: it is refused whatever its exact size. */
	private static final int MAX_COUNTED_FRAMES = 10_000;

	private final DocumentType type;

	private final DecodeLimits limits;

	private final ImageInputStream stream;

	private final ImageReader reader;

	private final int pageCount;

	private final ExifOrientation orientation;

	/** Warnings of the read in progress: the JPEG reader reports missing data only as a warning. */
	private final List<String> warnings = new ArrayList<>();

	private boolean closed;

	private ImageDecodedDocument(DocumentType type, DecodeLimits limits, ImageInputStream stream, ImageReader reader,
			int pageCount, ExifOrientation orientation) {
		this.type = type;
		this.limits = limits;
		this.stream = stream;
		this.reader = reader;
		this.pageCount = pageCount;
		this.orientation = orientation;
		reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
	}

	static ImageDecodedDocument open(Path file, DocumentType type, DecodeLimits limits) throws DocumentDecodeException {
		ImageInputStream stream;
		try {
			stream = new FileImageInputStream(file.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open " + file, ex);
		}
		ImageReader reader = null;
		try {
			int pages = pageCount(file, type, limits);
			reader = readerFor(type);
			reader.setInput(stream, false, false);
			ExifOrientation orientation = type == DocumentType.JPEG ? JpegExifReader.orientation(file)
					: ExifOrientation.NORMAL;
			return new ImageDecodedDocument(type, limits, stream, reader, pages, orientation);
		}
		catch (IOException | RuntimeException ex) {
			close(reader, stream);
			throw corrupt(type, "could not be read", ex);
		}
		catch (DocumentDecodeException ex) {
			close(reader, stream);
			throw ex;
		}
	}

	private static ImageReader readerFor(DocumentType type) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.imageIoFormat());
		if (!readers.hasNext()) {
			throw new IllegalStateException("this Java runtime has no ImageIO reader for " + type.imageIoFormat());
		}
		return readers.next();
	}

	/**
	 * Every TIFF frame is a page (scanners put multi-page invoices in one TIFF); a GIF's further
	 * frames are animation, not pages, so a GIF is its first frame.
	 */
	private static int pageCount(Path file, DocumentType type, DecodeLimits limits)
			throws IOException, DocumentDecodeException {
		if (type != DocumentType.TIFF) {
			return 1;
		}
		// Count exactly up to a generous bound, so that the message can say how many pages there are.
		int bound = Math.max(limits.maxPages(), MAX_COUNTED_FRAMES);
		int frames = TiffFrames.count(file, bound);
		if (frames > bound) {
			throw limits.tooManyPages("more than " + bound + " pages");
		}
		limits.checkPages(frames);
		return frames;
	}

	@Override
	public String mediaType() {
		return type.mediaType();
	}

	@Override
	public int pageCount() {
		return pageCount;
	}

	@Override
	public DecodedPage page(int number) throws DocumentDecodeException {
		PageRequests.check(number, pageCount, closed);
		int index = number - 1;
		try {
			limits.checkPixels(number, reader.getWidth(index), reader.getHeight(index), "is", "");
			warnings.clear();
			BufferedImage stored = reader.read(index);
			failIfDataWasMissing(number);
			BufferedImage upright = orientation.upright(stored);
			return new ImagePage(number, RgbImages.toPageImage(upright), orientation.clockwiseDegrees());
		}
		catch (IOException | RuntimeException ex) {
			throw corrupt(type, pageCount > 1 ? "page " + number + " could not be decoded" : "could not be decoded", ex);
		}
	}

	/**
	 * A JPEG cut short still decodes, with the missing part painted gray; OCR would then read half an
	 * invoice as if it were the whole. libjpeg calls that "premature end" of the data.
	 */
	private void failIfDataWasMissing(int number) throws DocumentDecodeException {
		for (String warning : warnings) {
			if (warning.toLowerCase(Locale.ROOT).contains("premature end")) {
				throw corrupt(type, pageCount > 1 ? "page " + number + " could not be decoded" : "could not be decoded",
						new IOException(warning));
			}
		}
	}

	@Override
	public void close() {
		if (!closed) {
			closed = true;
			close(reader, stream);
		}
	}

	private static DocumentDecodeException corrupt(DocumentType type, String what, Exception ex) {
		String message = ex.getMessage() == null || ex.getMessage().isBlank() ? ex.getClass().getSimpleName()
				: ex.getMessage();
		return new DocumentDecodeException(Reason.CORRUPT, "the " + type.name() + " image " + what + " (" + message
				+ "): the file is damaged or cut short; scan it again or save it anew as PDF, PNG or JPEG", ex);
	}

	private static void close(ImageReader reader, ImageInputStream stream) {
		if (reader != null) {
			reader.dispose();
		}
		try {
			stream.close();
		}
		catch (IOException ex) {
			log.debug("Closing an image file failed", ex);
		}
	}

}
