package io.invoiceocr.ocr.decode;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.invoiceocr.ocr.ReadDeadline;
import io.invoiceocr.ocr.ReadingOrder;
import io.invoiceocr.ocr.decode.DocumentDecodeException.Reason;

/**
 * A PDF, decoded a page at a time: a page's own text layer when it is usable, otherwise the page
 * rendered for OCR. PDFBox reads the file on demand and buffers decoded streams in temporary files,
 * so a large PDF costs disk rather than heap.
 */
final class PdfDecodedDocument implements DecodedDocument {

	private static final Logger log = LoggerFactory.getLogger(PdfDecodedDocument.class);

	/** Bytes of blank content looked at before a page is taken for one that draws something. */
	private static final int EMPTY_CONTENT_SCAN = 64 * 1024;

	private final PDDocument document;

	private final DecodeLimits limits;

	private final int pageCount;

	private GuardedPdfRenderer renderer;

	private boolean closed;

	private PdfDecodedDocument(PDDocument document, DecodeLimits limits, int pageCount) {
		this.document = document;
		this.limits = limits;
		this.pageCount = pageCount;
	}

	static PdfDecodedDocument open(Path file, DecodeLimits limits) throws DocumentDecodeException {
		PDDocument document = load(file);
		try {
			int pages = document.getNumberOfPages();
			if (pages == 0) {
				throw new DocumentDecodeException(Reason.CORRUPT,
						"the PDF has no pages: nothing to read; check that the right file was uploaded");
			}
			limits.checkPages(pages);
			PageTree.check(document);
			return new PdfDecodedDocument(document, limits, pages);
		}
		catch (DocumentDecodeException | RuntimeException ex) {
			closeQuietly(document);
			throw ex;
		}
	}

	private static PDDocument load(Path file) throws DocumentDecodeException {
		RandomAccessReadBufferedFile source;
		try {
			source = new RandomAccessReadBufferedFile(file.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open " + file, ex);
		}
		try {
			// The empty user password opens PDFs that only have an owner password (printing or copying
			// restrictions), which are perfectly readable; anything else needs a password we do not have.
			return Loader.loadPDF(source, "", null, null, IOUtils.createTempFileOnlyStreamCache());
		}
		catch (InvalidPasswordException ex) {
			closeQuietly(source);
			throw new DocumentDecodeException(Reason.ENCRYPTED,
					"the PDF is password-protected: it cannot be opened without the password its sender set; ask the "
							+ "sender for a copy without a password", ex);
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(source);
			throw new DocumentDecodeException(Reason.CORRUPT,
					"the PDF is damaged or cut short and could not be read (" + describe(ex) + "); ask its sender for a "
							+ "new copy or save it anew from the program that made it", ex);
		}
	}

	@Override
	public String mediaType() {
		return DocumentType.PDF.mediaType();
	}

	@Override
	public int pageCount() {
		return pageCount;
	}

	@Override
	public DecodedPage page(int number) throws DocumentDecodeException {
		PageRequests.check(number, pageCount, closed);
		try {
			PDPage page = document.getPage(number - 1);
			if (isEmpty(page)) {
				// An empty page of an export or a separator sheet: nothing to draw, so nothing to read.
				PDRectangle box = page.getCropBox();
				return new BlankPage(number, box.getWidth(), box.getHeight());
			}
			PageText text = textLayer(number);
			if (TextLayerQuality.isUsable(text.lines(), limits.minTextLayerChars())) {
				return new TextLayerPage(number, text.width(), text.height(), ReadingOrder.order(text.lines()));
			}
			return new ImagePage(number, render(number, page), 0);
		}
		catch (ReadDeadline.ReadTimeoutException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new DocumentDecodeException(Reason.CORRUPT,
					"page " + number + " of the PDF could not be read (" + describe(ex) + "): the file is damaged; ask its "
							+ "sender for a new copy or save it anew from the program that made it", ex);
		}
	}

	/** A page with no content stream, or only empty ones, and no annotation to show. */
	private static boolean isEmpty(PDPage page) throws IOException {
		if (!page.getAnnotations().isEmpty()) {
			return false;
		}
		if (!page.hasContents()) {
			return true;
		}
		try (var contents = page.getContents()) {
			// a page's content of blanks only draws nothing; one byte of anything else may draw
			for (int read = 0, b; (b = contents.read()) != -1; read++) {
				if (!Character.isWhitespace(b)) {
					return false;
				}
				if (read > EMPTY_CONTENT_SCAN) {
					return false;
				}
			}
			return true;
		}
	}

	/**
	 * The page's text layer, or nothing when it cannot be extracted (a broken font, say): rendering
	 * does not depend on the text layer and may well still work.
	 */
	private PageText textLayer(int number) {
		try {
			return PositionedTextStripper.read(document, number);
		}
		catch (ReadDeadline.ReadTimeoutException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			log.debug("The text layer of page {} could not be read; rendering it instead", number, ex);
			return new PageText(List.of(), 0, 0);
		}
	}

	private BufferedImage render(int number, PDPage page) throws IOException, DocumentDecodeException {
		// The crop box is what PDFRenderer draws (the media box unless the page is cropped), and this is
		// its arithmetic for the raster size: refuse before it allocates.
		PDRectangle box = page.getCropBox();
		float scale = limits.renderDpi() / 72f;
		long width = (long) Math.max(Math.floor(box.getWidth() * scale), 1);
		long height = (long) Math.max(Math.floor(box.getHeight() * scale), 1);
		limits.checkPixels(number, width, height, "renders at " + limits.renderDpi() + " dpi to",
				", or lower " + DecodeLimits.RENDER_DPI);
		if (renderer == null) {
			renderer = new GuardedPdfRenderer(document, limits);
		}
		return renderer.render(number, limits.renderDpi());
	}

	@Override
	public void close() {
		if (!closed) {
			closed = true;
			closeQuietly(document);
		}
	}

	private static String describe(Exception ex) {
		String message = ex.getMessage();
		return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// Nothing was written, so nothing is lost; the temporary stream cache is deleted on close.
			log.debug("Closing a PDF failed", ex);
		}
	}

}
