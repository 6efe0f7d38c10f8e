package io.invoiceocr.ocr.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BlankImagesTest {

	@Test
	void whitePaperIsBlank() {
		assertThat(BlankImages.isBlank(paper(new Color(255, 255, 255)))).isTrue();
	}

	@Test
	void greyPaperWithAFewSpecksIsBlank() {
		// given yellowed paper with dust: a dozen dark pixels
		BufferedImage page = paper(new Color(235, 228, 200));
		Random random = new Random(7);
		for (int i = 0; i < 12; i++) {
			page.setRGB(random.nextInt(page.getWidth()), random.nextInt(page.getHeight()), 0x202020);
		}

		// then
		assertThat(BlankImages.isBlank(page)).isTrue();
	}

	@Test
	void aPageWithOneShortWordIsNotBlank() {
		// given a page that only says "Paid" in 10-point type at 300 dpi
		BufferedImage page = paper(Color.WHITE);
		Graphics2D graphics = page.createGraphics();
		graphics.setColor(Color.BLACK);
		graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 42));
		graphics.drawString("Paid", 1200, 1700);
		graphics.dispose();

		// then
		assertThat(BlankImages.isBlank(page)).isFalse();
	}

	@Test
	void noiseIsNotBlank() {
		BufferedImage page = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(3);
		for (int y = 0; y < page.getHeight(); y++) {
			for (int x = 0; x < page.getWidth(); x++) {
				page.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		assertThat(BlankImages.isBlank(page)).isFalse();
	}

	/** An A4 page at 300 dpi of this colour. */
	private static BufferedImage paper(Color color) {
		BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = page.createGraphics();
		graphics.setColor(color);
		graphics.fillRect(0, 0, page.getWidth(), page.getHeight());
		graphics.dispose();
		return page;
	}

}
