package io.invoiceocr.ocr.ppocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts back the {@code €} and {@code £} the recogniser cannot read (its alphabet has neither) into
 * the lines of a page: where {@link UnreadGlyphs} finds an unread glyph beside an amount, the
 * symbol the page's glyphs are shaped as ({@link GlyphShape#symbol()}) is inserted there, so that
 * the text shows it to every reader downstream. An invoice is in one currency: the page's glyphs
 * vote, and the symbol goes in only when one shape has at least two votes and more than twice those
 * of the other.
 */
final class CurrencySymbolRecovery {

	/** A glyph standing further than this from the amount's first or last digit is spaced from it. */
	private static final double SPACED_PITCHES = 0.5;

	/**
	 * Glyphs a page needs before its symbol goes in: a lone blob beside an amount may be the
	 * remains of a misread code ({@code 338,70 UR} for {@code 338,70 EUR}).
	 */
	private static final int MIN_VOTES = 2;

	private CurrencySymbolRecovery() {
	}

	/** The readings, with the page's unread symbols inserted; unchanged when the shapes disagree. */
	static List<Recognition> recover(List<RgbImage> crops, List<Recognition> readings) {
		List<List<UnreadGlyphs.Glyph>> glyphs = new ArrayList<>(readings.size());
		int euros = 0;
		int pounds = 0;
		for (int i = 0; i < readings.size(); i++) {
			List<UnreadGlyphs.Glyph> found = UnreadGlyphs.find(crops.get(i), readings.get(i));
			glyphs.add(found);
			for (UnreadGlyphs.Glyph glyph : found) {
				euros += glyph.shape().symbol() == '€' ? 1 : 0;
				pounds += glyph.shape().symbol() == '£' ? 1 : 0;
			}
		}
		char symbol = euros >= MIN_VOTES && euros > 2 * pounds ? '€' : pounds >= MIN_VOTES && pounds > 2 * euros ? '£' : 0;
		if (symbol == 0) {
			return readings;
		}
		List<Recognition> recovered = new ArrayList<>(readings.size());
		for (int i = 0; i < readings.size(); i++) {
			recovered.add(insert(readings.get(i), glyphs.get(i), symbol, crops.get(i).width()));
		}
		return recovered;
	}

	/** The reading with the symbol at each of its glyphs that is a symbol at all (not a rule). */
	private static Recognition insert(Recognition reading, List<UnreadGlyphs.Glyph> glyphs, char symbol, int width) {
		if (glyphs.isEmpty()) {
			return reading;
		}
		StringBuilder text = new StringBuilder(reading.text());
		List<Float> positions = new ArrayList<>();
		for (float p : reading.positions()) {
			positions.add(p);
		}
		// right to left, so that the offsets of the glyphs still to insert stay valid
		for (int g = glyphs.size() - 1; g >= 0; g--) {
			UnreadGlyphs.Glyph glyph = glyphs.get(g);
			if (glyph.shape().symbol() == 0 && glyph.shape().aspect() < 0.3) {
				continue;
			}
			int digit = glyph.before() ? glyph.insertAt() : glyph.insertAt() - 1;
			double digitX = reading.positions()[digit] * width;
			double edge = glyph.before() ? glyph.shape().right() : glyph.shape().left();
			double pitch = Math.max(1, glyph.pitch());
			boolean spaced = Math.abs(digitX - edge) / pitch - 0.5 > SPACED_PITCHES;
			float at = (float) ((glyph.shape().left() + glyph.shape().right()) / 2.0 / width);
			String inserted = glyph.before() ? symbol + (spaced ? " " : "") : (spaced ? " " : "") + symbol;
			text.insert(glyph.insertAt(), inserted);
			for (int k = 0; k < inserted.length(); k++) {
				positions.add(glyph.insertAt(), at);
			}
		}
		float[] shifted = new float[positions.size()];
		for (int i = 0; i < shifted.length; i++) {
			shifted[i] = positions.get(i);
		}
		return new Recognition(text.toString(), reading.score(), shifted);
	}

}
