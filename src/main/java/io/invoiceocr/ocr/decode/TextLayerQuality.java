package io.invoiceocr.ocr.decode;

import java.util.List;

import io.invoiceocr.ocr.TextLine;

/**
 * Decides whether a PDF page's text layer can be trusted instead of OCR. Scanned pages have none
 * or only a stamp ("Page 1 of 2"); PDFs with fonts that lack a Unicode mapping have one full of
 * replacement, control or private-use characters. Either way OCR reads the page better.
 */
final class TextLayerQuality {

	/** Above this share of unreadable characters the text layer is garbage, not a few odd glyphs. */
	static final double MAX_UNREADABLE_SHARE = 0.10;

	private TextLayerQuality() {
	}

	static boolean isUsable(List<TextLine> lines, int minChars) {
		int visible = 0;
		int unreadable = 0;
		for (TextLine line : lines) {
			String text = line.text();
			for (int i = 0; i < text.length();) {
				int codePoint = text.codePointAt(i);
				i += Character.charCount(codePoint);
				if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
					continue;
				}
				visible++;
				if (isUnreadable(codePoint)) {
					unreadable++;
				}
			}
		}
		return visible >= minChars && unreadable < MAX_UNREADABLE_SHARE * visible;
	}

	private static boolean isUnreadable(int codePoint) {
		if (codePoint == 0xFFFD) {
			return true;
		}
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.SURROGATE
				|| type == Character.UNASSIGNED;
	}

}
