package io.invoiceocr.ocr;

import java.awt.image.BufferedImage;
import java.util.List;

import io.invoiceocr.ocr.RenderedText.Line;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PP-OCRv4 engine on ONNX Runtime reading pages with known text, drawn by the test itself.
 */
class PpOcrEngineTest {

	private static final List<Line> INVOICE = List.of(new Line("ACME Supplies Ltd", 60, 80),
			new Line("Invoice INV-2024-0117", 60, 150), new Line("Date 17/01/2024", 640, 150),
			new Line("Subtotal 1186.80", 60, 220), new Line("VAT 20% 237.36", 60, 290),
			new Line("TOTAL EUR 1424.16", 60, 360));

	static OcrEngine engine;

	@BeforeAll
	static void loadModels() {
		engine = OcrEngines.create("OnnxRuntime");
	}

	@AfterAll
	static void release() {
		engine.close();
	}

	@Test
	void readsEveryLineExactlyInReadingOrder() {
		// given a page with six known lines, two of them side by side on one row
		BufferedImage page = RenderedText.page(1000, 420, 36f, INVOICE);

		// when
		PageResult result = engine.readImage(page, 1);

		// then
		assertThat(result.path()).isEqualTo(PagePath.OCR);
		assertThat(result.rotation()).isZero();
		assertThat(result.lines()).extracting(TextLine::text)
			.containsExactly("ACME Supplies Ltd", "Invoice INV-2024-0117", "Date 17/01/2024", "Subtotal 1186.80",
					"VAT 20% 237.36", "TOTAL EUR 1424.16");
		assertThat(result.lines()).extracting(TextLine::index).containsExactly(0, 1, 2, 3, 4, 5);
		assertThat(result.text()).isEqualTo("""
				ACME Supplies Ltd
				Invoice INV-2024-0117 Date 17/01/2024
				Subtotal 1186.80
				VAT 20% 237.36
				TOTAL EUR 1424.16""");
		assertThat(result.lines()).allSatisfy(line -> assertThat(line.confidence()).isGreaterThan(0.9));
	}

	@Test
	void boxesSitWhereTheTextWasDrawn() {
		BufferedImage page = RenderedText.page(1000, 420, 36f, INVOICE);

		PageResult result = engine.readImage(page, 1);

		// "Date 17/01/2024" was drawn from x=640 on the baseline y=150 in a 36 px font
		TextLine date = result.lines().stream().filter(line -> line.text().startsWith("Date")).findFirst().orElseThrow();
		assertThat(date.box().minX()).isBetween(625f, 645f);
		assertThat(date.box().maxY()).isBetween(150f, 165f);
		assertThat(date.box().minY()).isBetween(110f, 128f);
		assertThat(date.page()).isEqualTo(1);
	}

	@ParameterizedTest(name = "page turned by {0} degrees")
	@ValueSource(ints = { 90, 180, 270 })
	void readsPagesTurnedByQuarterTurns(int degrees) {
		// given the same page turned clockwise
		BufferedImage page = RenderedText.rotateClockwise(RenderedText.page(1000, 420, 36f, INVOICE), degrees);

		// when
		PageResult result = engine.readImage(page, 1);

		// then the engine turned it back and read it as if upright
		assertThat(result.rotation()).isEqualTo((360 - degrees) % 360);
		assertThat(result.lines()).extracting(TextLine::text)
			.containsExactly("ACME Supplies Ltd", "Invoice INV-2024-0117", "Date 17/01/2024", "Subtotal 1186.80",
					"VAT 20% 237.36", "TOTAL EUR 1424.16");
		// and the boxes are on the page as it was given
		assertThat(result.width()).isEqualTo(page.getWidth());
		assertThat(result.lines()).allSatisfy(line -> {
			assertThat(line.box().maxX()).isLessThanOrEqualTo(page.getWidth() + 1f);
			assertThat(line.box().maxY()).isLessThanOrEqualTo(page.getHeight() + 1f);
		});
	}

	@Test
	void readsFivePointPrintOnAnA4PageScannedAt300Dpi() {
		// given an A4 page at 300 dpi (2480 x 3508) of 5-point lines: 21 pixels high on the page, about
		// 6 as the detector first sees the page at 960 pixels, where it finds too few of them
		float fivePoint = 5 / 72f * 300;
		List<Line> smallPrint = List.of(new Line("Payment due within 30 days of the invoice date", 200, 400),
				new Line("Late payments bear interest at 8% above the base rate", 200, 460),
				new Line("Registered office Musterstrasse 12 Berlin", 200, 520),
				new Line("VAT ID DE123456789 Court of registration Berlin HRB 4711", 200, 580),
				new Line("IBAN DE89 3704 0044 0532 0130 00", 200, 640));
		BufferedImage page = RenderedText.page(2480, 3508, fivePoint, smallPrint);

		// when
		PageResult result = engine.readImage(page, 1);

		// then the page was detected again, larger, and the small print read
		assertThat(result.timingsMs()).containsKey("recognize-small-text");
		assertThat(result.lines()).extracting(TextLine::text)
			.containsExactlyElementsOf(smallPrint.stream().map(Line::text).toList());
	}

	@Test
	void readsTextOnATransparentBackgroundAsOnWhite() {
		// given black text on a fully transparent image, as a PNG export often is
		BufferedImage opaque = RenderedText.page(1000, 420, 36f, INVOICE);
		BufferedImage transparent = new BufferedImage(1000, 420, BufferedImage.TYPE_INT_ARGB);
		for (int y = 0; y < 420; y++) {
			for (int x = 0; x < 1000; x++) {
				int rgb = opaque.getRGB(x, y) & 0xFFFFFF;
				int alpha = 255 - (rgb & 0xFF); // white -> transparent, black -> opaque black
				transparent.setRGB(x, y, alpha << 24);
			}
		}

		// when
		PageResult result = engine.readImage(transparent, 1);

		// then
		assertThat(result.lines()).extracting(TextLine::text).contains("TOTAL EUR 1424.16");
	}

	@Test
	void anEmptyPageHasNoLines() {
		PageResult result = engine.readImage(RenderedText.page(800, 600, 20f, List.of()), 3);

		assertThat(result.lines()).isEmpty();
		assertThat(result.text()).isEmpty();
		assertThat(result.number()).isEqualTo(3);
	}

	@Test
	void isSafeToCallFromSeveralThreads() throws Exception {
		BufferedImage page = RenderedText.page(1000, 420, 36f, INVOICE);
		String expected = engine.readImage(page, 1).text();

		List<java.util.concurrent.Future<String>> results;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
		try {
			results = pool.invokeAll(java.util.Collections.nCopies(6, () -> engine.readImage(page, 1).text()));
		}
		finally {
			pool.shutdown();
		}

		for (java.util.concurrent.Future<String> result : results) {
			assertThat(result.get()).isEqualTo(expected);
		}
	}

}
