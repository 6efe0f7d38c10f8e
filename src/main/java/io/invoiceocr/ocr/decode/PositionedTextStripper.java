package io.invoiceocr.ocr.decode;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import io.invoiceocr.ocr.ReadDeadline;
import io.invoiceocr.ocr.TextLine;

/**
 * Reads the text layer of one PDF page as line segments with their boxes, in PDF points with the
 * origin at the top-left of the displayed page (the coordinates PDFBox sorts by). The stripper's own
 * text output is discarded: only the words it hands to {@link #writeString(String, List)}, grouped
 * into the lines it separates, are kept. Single use: one instance per page read.
 */
final class PositionedTextStripper extends PDFTextStripper {

	/** Used when a font has no descriptor to tell how far glyphs reach below the baseline. */
	private static final float DEFAULT_DESCENT_EM = 0.2f;

	private final int pageNumber;

	private final List<TextLine> segments = new ArrayList<>();

	private final List<PositionedWord> line = new ArrayList<>();

	/** Characters seen per text direction (0, 90, 180, 270), to tell which way the page reads. */
	private final int[] charactersByDirection = new int[4];

	private PDRectangle cropBox;

	private int operators;

	private PositionedTextStripper(int pageNumber) {
		this.pageNumber = pageNumber;
		setSortByPosition(true);
		// Spaces drawn as glyphs would glue a label to a value far to its right ("Total   " then a
		// jump to "1,234.50"); without them words are separated by their actual gaps.
		setIgnoreContentStreamSpaceGlyphs(true);
		// Article threads reorder text by the author's reading flow; the boxes are what matter here.
		setShouldSeparateByBeads(false);
		setStartPage(pageNumber);
		setEndPage(pageNumber);
	}

	/** The text of page {@code pageNumber} (from 1), segments in the order the stripper found them. */
	static PageText read(PDDocument document, int pageNumber) throws IOException {
		PositionedTextStripper stripper = new PositionedTextStripper(pageNumber);
		stripper.writeText(document, Writer.nullWriter());
		return stripper.pageText();
	}

	/** Text layers can be as long to walk as drawings are to draw: the reading deadline holds here too. */
	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		if (++operators % GuardedPdfRenderer.CHECK_EVERY == 0) {
			ReadDeadline.check();
		}
		super.processOperator(operator, operands);
	}

	@Override
	protected void startPage(PDPage page) throws IOException {
		super.startPage(page);
		cropBox = page.getCropBox();
	}

	/**
	 * The segments with the size of the page they are measured on. Coordinates are adjusted to the
	 * direction the text runs, not to the page's /Rotate: a landscape invoice stored as a rotated
	 * portrait page with its text drawn turned reads upright in a frame whose sides are swapped.
	 */
	private PageText pageText() {
		if (cropBox == null) {
			return new PageText(List.of(), 0, 0);
		}
		int dominant = 0;
		for (int direction = 1; direction < 4; direction++) {
			if (charactersByDirection[direction] > charactersByDirection[dominant]) {
				dominant = direction;
			}
		}
		boolean sideways = dominant % 2 == 1;
		float width = sideways ? cropBox.getHeight() : cropBox.getWidth();
		float height = sideways ? cropBox.getWidth() : cropBox.getHeight();
		return new PageText(segments, width, height);
	}

	@Override
	protected void writeString(String text, List<TextPosition> positions) {
		if (positions.isEmpty() || text.isBlank()) {
			return;
		}
		float left = Float.MAX_VALUE;
		float top = Float.MAX_VALUE;
		float right = -Float.MAX_VALUE;
		float bottom = -Float.MAX_VALUE;
		float fontSize = 0;
		for (TextPosition position : positions) {
			charactersByDirection[Math.floorMod(Math.round(position.getDir() / 90), 4)]++;
			float baseline = position.getYDirAdj();
			left = Math.min(left, position.getXDirAdj());
			right = Math.max(right, position.getXDirAdj() + position.getWidthDirAdj());
			top = Math.min(top, baseline - ascent(position));
			bottom = Math.max(bottom, baseline + descent(position));
			fontSize = Math.max(fontSize, position.getFontSizeInPt());
		}
		line.add(new PositionedWord(text, left, top, right, bottom, fontSize));
	}

	@Override
	protected void writeLineSeparator() {
		endLine();
	}

	@Override
	protected void writePageEnd() {
		// The last line of a page is not followed by a line separator.
		endLine();
	}

	private void endLine() {
		if (!line.isEmpty()) {
			segments.addAll(LineSegmenter.segments(line, pageNumber));
			line.clear();
		}
	}

	/**
	 * How far the glyph reaches above the baseline. PDFBox's own glyph height is a heuristic (about
	 * half the font's bounding box) that cuts capitals short; the font's declared ascent is the box
	 * OCR would draw, when the font declares a plausible one.
	 */
	private static float ascent(TextPosition position) {
		float size = position.getFontSizeInPt();
		PDFontDescriptor descriptor = descriptor(position);
		if (descriptor != null && size > 0) {
			float ascent = descriptor.getAscent() / 1000f * size;
			if (ascent > 0 && ascent <= 1.5f * size) {
				return Math.max(ascent, position.getHeightDir());
			}
		}
		return position.getHeightDir();
	}

	private static float descent(TextPosition position) {
		float size = position.getFontSizeInPt();
		PDFontDescriptor descriptor = descriptor(position);
		if (descriptor != null && size > 0) {
			float descent = Math.abs(descriptor.getDescent()) / 1000f * size;
			if (descent > 0 && descent <= 0.6f * size) {
				return descent;
			}
		}
		return DEFAULT_DESCENT_EM * (size > 0 ? size : position.getHeightDir());
	}

	private static PDFontDescriptor descriptor(TextPosition position) {
		PDFont font = position.getFont();
		return font == null ? null : font.getFontDescriptor();
	}

}
