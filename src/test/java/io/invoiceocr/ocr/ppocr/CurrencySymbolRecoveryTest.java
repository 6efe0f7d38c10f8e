package io.invoiceocr.ocr.ppocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Symbols the recogniser has no class for, put back from the ink of line crops drawn here: the
 * reading is what the recogniser gives for such a crop (the amount alone, each character at its
 * CTC step), the crop holds the symbol too.
 */
class CurrencySymbolRecoveryTest {

	private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 30);

	/** A crop of {@code printed} and the reading of it that leaves out the characters of {@code unread}. */
	private record Line(RgbImage crop, Recognition reading) {
	}

	private static Line line(String printed, String unread) {
		BufferedImage image = new BufferedImage(400, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(Color.BLACK);
		g.setFont(FONT);
		FontMetrics metrics = g.getFontMetrics();
		int x = 10;
		StringBuilder read = new StringBuilder();
		List<Float> positions = new ArrayList<>();
		for (char c : printed.toCharArray()) {
			int advance = metrics.charWidth(c);
			g.drawString(String.valueOf(c), x, 36);
			if (unread.indexOf(c) < 0) {
				read.append(c);
				positions.add((x + advance / 2f) / image.getWidth());
			}
			x += advance;
		}
		g.dispose();
		String text = read.toString().strip();
		int skip = read.indexOf(text);
		float[] at = new float[text.length()];
		for (int i = 0; i < at.length; i++) {
			at[i] = positions.get(skip + i);
		}
		return new Line(RgbImage.of(image), new Recognition(text, 0.95f, at));
	}

	private static List<String> recovered(Line... lines) {
		List<RgbImage> crops = new ArrayList<>();
		List<Recognition> readings = new ArrayList<>();
		for (Line line : lines) {
			crops.add(line.crop());
			readings.add(line.reading());
		}
		return CurrencySymbolRecovery.recover(crops, readings).stream().map(Recognition::text).toList();
	}

	@Test
	void putsTheEuroSignBackBeforeAndAfterAmounts() {
		// given euro amounts the recogniser read without their sign
		Line before = line("€ 4.715,34", "€");
		Line after = line("Summe: 95,63 €", "€");
		assertThat(before.reading().text()).isEqualTo("4.715,34");

		// when the page's unread glyphs are put back
		List<String> texts = recovered(before, after);

		// then each stands where its ink was, shaped as a euro sign
		assertThat(texts).containsExactly("€ 4.715,34", "Summe: 95,63 €");
	}

	@Test
	void putsThePoundSignBack() {
		List<String> texts = recovered(line("£841.73", "£"), line("Total £420.86", "£"));

		assertThat(texts).containsExactly("£841.73", "Total £420.86");
	}

	@Test
	void leavesAmountsWhoseSymbolWasReadAlone() {
		// given a dollar page: the recogniser has $ and read it
		List<String> texts = recovered(line("$101.86", ""), line("Total $95.20", ""));

		assertThat(texts).containsExactly("$101.86", "Total $95.20");
	}

	@Test
	void aLoneGlyphIsNotEnoughToNameThePagesSymbol() {
		List<String> texts = recovered(line("338,70 €", "€"), line("Netto 112,90", ""));

		assertThat(texts).containsExactly("338,70", "Netto 112,90");
	}

}
