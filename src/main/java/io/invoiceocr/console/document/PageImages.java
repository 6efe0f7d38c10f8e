package io.invoiceocr.console.document;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;

import javax.imageio.ImageIO;

import io.invoiceocr.console.ConsoleProperties;
import io.invoiceocr.document.OcrDocument;
import io.invoiceocr.ocr.OcrProperties;
import io.invoiceocr.ocr.decode.DecodeLimits;
import io.invoiceocr.ocr.decode.DecodedDocument;
import io.invoiceocr.ocr.decode.DocumentDecodeException;
import io.invoiceocr.ocr.decode.DocumentDecoder;
import io.invoiceocr.ocr.decode.ImagePage;
import io.invoiceocr.process.FetchedObject;
import io.invoiceocr.process.ObjectFetcher;
import io.invoiceocr.process.UnprocessableDocumentException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;

import org.springframework.stereotype.Component;

/**
 * A document's page as a PNG for the document view, drawn from its S3 object: a PDF page by
 * PDFBox, an image page through the service's own decoder (EXIF orientation, TIFF frames, its
 * limits on size and pixels). The longer side is at most {@code invoice-ocr.console.render.max-side};
 * at most two pages are drawn at a time, and the last drawn pages are kept ({@link PageImageCache}).
 */
@Component
class PageImages {

	private static final Semaphore DRAWING = new Semaphore(2);

	private final ObjectFetcher fetcher;

	private final DocumentDecoder decoder;

	private final int maxSide;

	private final PageImageCache cache;

	PageImages(ObjectFetcher fetcher, OcrProperties ocr, ConsoleProperties console) {
		OcrProperties.Decode decode = ocr.decode();
		this.fetcher = fetcher;
		this.decoder = new DocumentDecoder(new DecodeLimits(decode.maxBytes(), decode.maxPages(), decode.maxPixelsPerPage(),
				decode.renderDpi(), decode.minTextLayerChars()));
		this.maxSide = console.render().maxSide();
		this.cache = new PageImageCache(console.render().cachedPages());
	}

	/** The page as PNG bytes. */
	byte[] png(OcrDocument document, int page) throws UnprocessableDocumentException, DocumentDecodeException,
			IOException, InterruptedException {
		String key = document.id() + "#" + page + "@" + document.updatedAt();
		byte[] cached = cache.get(key);
		if (cached != null) {
			return cached;
		}
		DRAWING.acquire();
		try (FetchedObject object = fetcher.fetch(document)) {
			byte[] png = encode(isPdf(object.file()) ? pdfPage(object.file(), page) : imagePage(object.file(), page));
			cache.put(key, png);
			return png;
		}
		finally {
			DRAWING.release();
		}
	}

	private BufferedImage pdfPage(Path file, int page) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			if (page < 1 || page > pdf.getNumberOfPages()) {
				throw new IndexOutOfBoundsException("no page " + page);
			}
			PDPage pdPage = pdf.getPage(page - 1);
			float longer = Math.max(pdPage.getCropBox().getWidth(), pdPage.getCropBox().getHeight());
			return new PDFRenderer(pdf).renderImage(page - 1, Math.min(4f, maxSide / longer));
		}
	}

	private BufferedImage imagePage(Path file, int page) throws DocumentDecodeException {
		try (DecodedDocument decoded = decoder.open(file)) {
			if (decoded.page(page) instanceof ImagePage image) {
				return scaled(image.image());
			}
			throw new IndexOutOfBoundsException("page " + page + " has no image");
		}
	}

	private BufferedImage scaled(BufferedImage image) {
		double scale = Math.min(1.0, (double) maxSide / Math.max(image.getWidth(), image.getHeight()));
		if (scale >= 1.0) {
			return image;
		}
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var graphics = out.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		graphics.drawImage(image, 0, 0, width, height, null);
		graphics.dispose();
		return out;
	}

	private static byte[] encode(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static boolean isPdf(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new String(in.readNBytes(1024), StandardCharsets.ISO_8859_1).contains("%PDF-");
		}
	}

}
