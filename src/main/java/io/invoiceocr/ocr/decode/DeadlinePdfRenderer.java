package io.invoiceocr.ocr.decode;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

import io.invoiceocr.ocr.ReadDeadline;

/**
 * PDFBox's renderer, with the reading deadline checked as the page's operators are drawn: a page
 * can hold millions of path operations, and one page is otherwise drawn to the end whatever the
 * time.
 */
final class DeadlinePdfRenderer extends PDFRenderer {

	/** Checking the clock costs a few nanoseconds; every 256th operator is often enough. */
	static final int CHECK_EVERY = 256;

	DeadlinePdfRenderer(PDDocument document) {
		super(document);
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
				super.processOperator(operator, operands);
			}

		};
	}

}
