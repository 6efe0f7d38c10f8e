package io.invoiceocr.ocr.decode;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
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
		PDDocument document = PdfLoading.load(file);
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
			PdfLoading.closeQuietly(document);
			throw ex;
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
			if (EmptyPdfPages.isEmpty(page)) {
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
					"page " + number + " of the PDF could not be read (" + PdfLoading.describe(ex) + "): the file is damaged; ask its "
							+ "sender for a new copy or save it anew from the program that made it", ex);
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
			PdfLoading.closeQuietly(document);
		}
	}

}
