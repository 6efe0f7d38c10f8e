package io.invoiceocr.bench;

import java.util.ArrayList;
import java.util.List;

import com.benjaminwan.ocrlibrary.Point;
import com.benjaminwan.ocrlibrary.TextBlock;
import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.TextLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Turning RapidOCR's text blocks into text lines; no native engine involved. */
class RapidOcrPeerTest {

	@Test
	void keepsTheQuadTheTextAndTheMeanCharacterScore() {
		// given a skewed block, corners clockwise from top-left as RapidOCR gives them
		TextBlock block = block("TOTAL 9.00", 0.8f, new float[] { 0.9f, 0.7f }, new Point(10, 12), new Point(110, 10),
				new Point(111, 30), new Point(11, 32));

		// when
		List<TextLine> lines = RapidOcrPeer.lines(List.of(block));

		// then
		assertThat(lines).hasSize(1);
		TextLine line = lines.get(0);
		assertThat(line.text()).isEqualTo("TOTAL 9.00");
		assertThat(line.box()).isEqualTo(new Quad(corner(10, 12), corner(110, 10), corner(111, 30), corner(11, 32)));
		assertThat(line.confidence()).isCloseTo(0.8, within(1e-6));
	}

	@Test
	void fallsBackToTheBoxScoreAndSkipsBlocksWithoutAQuad() {
		// given
		TextBlock noChars = block("", 0.65f, new float[0], new Point(0, 0), new Point(5, 0), new Point(5, 5),
				new Point(0, 5));
		TextBlock noBox = block("X", 0.9f, new float[] { 1f });

		// when
		List<TextLine> lines = RapidOcrPeer.lines(List.of(noChars, noBox));

		// then
		assertThat(lines).singleElement().satisfies(line -> {
			assertThat(line.text()).isEmpty();
			assertThat(line.confidence()).isCloseTo(0.65, within(1e-6));
		});
	}

	private static io.invoiceocr.ocr.Point corner(float x, float y) {
		return new io.invoiceocr.ocr.Point(x, y);
	}

	private static TextBlock block(String text, float boxScore, float[] charScores, Point... corners) {
		return new TextBlock(new ArrayList<>(List.of(corners)), boxScore, 0, 1f, 0, text, charScores, 0, 0);
	}

}
