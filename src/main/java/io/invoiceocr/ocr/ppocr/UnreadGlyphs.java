package io.invoiceocr.ocr.ppocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds ink beside an amount that the recogniser read no character for: a glyph outside its
 * alphabet. The PP-OCR dictionary has {@code $} and {@code ¥} but neither {@code €} nor {@code £},
 * so on a scan {@code € 4.715,34} comes out as {@code 4.715,34} with the symbol's ink still in the
 * line crop, before the first digit's CTC step (or after the last one, or in a gap inside the line).
 * Where the characters stand tells how wide one is; a blob of ink at least a third of a character
 * wide and half as tall as the digits, in a place no character was read, is such a glyph.
 */
final class UnreadGlyphs {

	/** An amount with cents, the kind of number a currency symbol stands beside. */
	private static final Pattern AMOUNT = Pattern.compile("\\d[\\d.,' ]*[.,]\\d{2}(?!\\d)");

	/** How far, in character pitches, a read character's ink reaches either side of its CTC step. */
	private static final double CHAR_REACH = 0.6;

	/** A gap inside the line must be this many pitches wide to hold an unread glyph and its spaces. */
	private static final double MIN_INNER_GAP = 2.4;

	/** Luminance contrast under which a crop is too faint to tell ink from paper. */
	private static final int MIN_CONTRAST = 60;

	/**
	 * An unread glyph.
	 *
	 * @param insertAt where in the text its character belongs
	 * @param before   whether it stands before the amount (else after it)
	 * @param shape    its ink, cut to its bounding box
	 * @param pitch    the width of one character of the line, in crop pixels
	 */
	record Glyph(int insertAt, boolean before, GlyphShape shape, double pitch) {
	}

	private UnreadGlyphs() {
	}

	static List<Glyph> find(RgbImage crop, Recognition recognition) {
		List<Glyph> found = new ArrayList<>();
		String text = recognition.text();
		float[] positions = recognition.positions();
		if (positions.length != text.length() || text.isBlank()) {
			return found;
		}
		Ink ink = Ink.of(crop, MIN_CONTRAST);
		if (ink == null) {
			return found;
		}
		double pitch = pitch(text, positions, crop.width());
		if (pitch <= 0) {
			return found;
		}
		Matcher amount = AMOUNT.matcher(text);
		while (amount.find()) {
			int first = amount.start();
			int last = lastNonSpace(text, amount.end());
			double firstX = positions[first] * crop.width();
			double lastX = positions[last] * crop.width();
			int previous = previousNonSpace(text, first);
			double leftEnd = previous < 0 ? 0 : positions[previous] * crop.width() + CHAR_REACH * pitch;
			boolean roomBefore = previous < 0 || firstX - positions[previous] * crop.width() >= MIN_INNER_GAP * pitch;
			if (roomBefore) {
				GlyphShape shape = ink.blobNear(leftEnd, firstX - CHAR_REACH * pitch, false, pitch, digitHeight(ink, firstX, pitch));
				if (shape != null) {
					found.add(new Glyph(first, true, shape, pitch));
					continue;
				}
			}
			int next = nextNonSpace(text, amount.end());
			double rightEnd = next < 0 ? crop.width() : positions[next] * crop.width() - CHAR_REACH * pitch;
			boolean roomAfter = next < 0 || positions[next] * crop.width() - lastX >= MIN_INNER_GAP * pitch;
			if (roomAfter) {
				GlyphShape shape = ink.blobNear(lastX + CHAR_REACH * pitch, rightEnd, true, pitch, digitHeight(ink, lastX, pitch));
				if (shape != null) {
					found.add(new Glyph(last + 1, false, shape, pitch));
				}
			}
		}
		return found;
	}

	/** The median step between neighbouring characters of one word: the width of a character. */
	private static double pitch(String text, float[] positions, int width) {
		List<Double> steps = new ArrayList<>();
		for (int i = 1; i < text.length(); i++) {
			if (text.charAt(i) != ' ' && text.charAt(i - 1) != ' ') {
				steps.add((double) (positions[i] - positions[i - 1]) * width);
			}
		}
		if (steps.size() < 2) {
			return 0;
		}
		steps.sort(Double::compare);
		return steps.get(steps.size() / 2);
	}

	private static int digitHeight(Ink ink, double x, double pitch) {
		return ink.inkHeight((int) Math.round(x - 0.4 * pitch), (int) Math.round(x + 0.4 * pitch));
	}

	private static int lastNonSpace(String text, int end) {
		int i = end - 1;
		while (i > 0 && text.charAt(i) == ' ') {
			i--;
		}
		return i;
	}

	private static int previousNonSpace(String text, int before) {
		int i = before - 1;
		while (i >= 0 && text.charAt(i) == ' ') {
			i--;
		}
		return i;
	}

	private static int nextNonSpace(String text, int from) {
		int i = from;
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		return i < text.length() ? i : -1;
	}

}
