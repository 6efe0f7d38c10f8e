package io.invoiceocr.ocr.decode;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

import io.invoiceocr.ocr.ReadDeadline;

/**
 * PDFBox's renderer with two guards on what a page makes it do. Every image is checked against the
 * pixel limit as it is about to be drawn, wherever it comes from: the page's resources, nested
 * forms, annotation appearances, tiling patterns, soft masks, Type 3 glyphs and inline images all
 * reach the same drawer. And the reading deadline is checked as operators are drawn, since a page
 * can hold millions of path operations.
 * <p>
 * Checking at draw time rather than walking the page's resources beforehand is what makes the guard
 * complete: only the drawer knows every route by which content is reached.
 */
final class GuardedPdfRenderer extends PDFRenderer {

	/** Checking the clock costs a few nanoseconds; every 256th operator is often enough. */
	static final int CHECK_EVERY = 256;

	private final DecodeLimits limits;

	private int pageNumber;

	GuardedPdfRenderer(PDDocument document, DecodeLimits limits) {
		super(document);
		this.limits = limits;
	}

	/**
	 * Renders a page for OCR.
	 * @throws DocumentDecodeException TOO_MANY_PIXELS when the page draws an image over the limit
	 */
	BufferedImage render(int pageNumber, int dpi) throws IOException, DocumentDecodeException {
		this.pageNumber = pageNumber;
		try {
			return renderImageWithDPI(pageNumber - 1, dpi, ImageType.RGB);
		}
		catch (RefusedImage refused) {
			throw refused.reason;
		}
	}

	@Override
	protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
		return new PageDrawer(parameters) {

			private int operators;

			@Override
			protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
				if (++operators % CHECK_EVERY == 0) {
					ReadDeadline.check();
				}
				// An inline image is decoded in full when its operator runs, before drawImage sees it.
				if (OperatorName.BEGIN_INLINE_IMAGE.equals(operator.getName())) {
					refuseIfTooLarge(ImageDimensions.ofInlineImage(operator.getImageParameters()));
				}
				super.processOperator(operator, operands);
			}

			@Override
			public void drawImage(PDImage image) throws IOException {
				if (image instanceof PDImageXObject xObject) {
					// the image, and the masks that are decoded at their own size next to it
					for (ImageDimensions dimensions : ImageDimensions.ofImageXObject(xObject.getCOSObject())) {
						refuseIfTooLarge(dimensions);
					}
				}
				super.drawImage(image);
			}

		};
	}

	private void refuseIfTooLarge(ImageDimensions image) {
		try {
			limits.checkPixels(pageNumber, image.width(), image.height(), "draws " + image.what() + " of", "");
		}
		catch (DocumentDecodeException ex) {
			throw new RefusedImage(ex);
		}
	}

	/**
	 * Carries the refusal out through PDFBox, whose drawing methods may only throw IOException; an
	 * IOException would be taken for a damaged stream and, for some operators, skipped.
	 */
	private static final class RefusedImage extends RuntimeException {

		private final DocumentDecodeException reason;

		RefusedImage(DocumentDecodeException reason) {
			super(reason.getMessage(), reason, false, false);
			this.reason = reason;
		}

	}

}
