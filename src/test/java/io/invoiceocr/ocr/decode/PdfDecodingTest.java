package io.invoiceocr.ocr.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.invoiceocr.ocr.TextLine;
import io.invoiceocr.ocr.decode.DocumentDecodeException.Reason;

/** PDFs: text layers where usable, rendering elsewhere, and every way a PDF can be refused. */
class PdfDecodingTest {

	/** Rendering at 72 dpi keeps the tests fast: one pixel per PDF point. */
	private static final DecodeLimits LIMITS = new DecodeLimits(10_000_000, 10, 60_000_000, 72, 20);

	@TempDir
	Path dir;

	@Test
	void readsTheTextLayerOfABornDigitalPageInReadingOrderWithBoxesInPoints() throws Exception {
		// given
		Path pdf = TestDocuments.bornDigitalPdf(dir.resolve("invoice.pdf"));

		// when
		DecodedPage page;
		try (DecodedDocument document = new DocumentDecoder(LIMITS).open(pdf)) {
			assertThat(document.mediaType()).isEqualTo("application/pdf");
			assertThat(document.pageCount()).isEqualTo(1);
			page = document.page(1);
		}

		// then
		assertThat(page).isInstanceOf(TextLayerPage.class);
		TextLayerPage textPage = (TextLayerPage) page;
		assertThat(textPage.number()).isEqualTo(1);
		assertThat(textPage.width()).isCloseTo(595.28f, within(0.01f));
		assertThat(textPage.height()).isCloseTo(841.89f, within(0.01f));
		assertThat(textPage.lines()).extracting(TextLine::text)
			.containsExactly("ACME Supplies GmbH", "Invoice No. INV-2024-0042", "Date: 2024-03-15", "Total",
					"1,234.50 EUR");
		assertThat(textPage.lines()).extracting(TextLine::index).containsExactly(0, 1, 2, 3, 4);
		assertThat(textPage.lines()).allSatisfy(line -> {
			assertThat(line.page()).isEqualTo(1);
			assertThat(line.confidence()).isEqualTo(1.0);
		});
		for (TestDocuments.PlacedText placed : TestDocuments.INVOICE_TEXT) {
			TextLine line = lineWithText(textPage.lines(), placed.text());
			float width = TestDocuments.HELVETICA.getStringWidth(placed.text()) / 1000 * placed.fontSize();
			assertThat(line.box().minX()).as("left of %s", placed.text()).isCloseTo(placed.x(), within(0.5f));
			assertThat(line.box().maxX()).as("right of %s", placed.text()).isCloseTo(placed.x() + width, within(0.5f));
			// Top-left origin: the box spans the baseline, capitals above it and descenders below.
			assertThat(line.box().minY()).as("top of %s", placed.text())
				.isBetween(placed.baselineFromTop() - placed.fontSize(), placed.baselineFromTop() - 0.6f * placed.fontSize());
			assertThat(line.box().maxY()).as("bottom of %s", placed.text())
				.isBetween(placed.baselineFromTop(), placed.baselineFromTop() + 0.35f * placed.fontSize());
		}
	}

	@Test
	void measuresARotatedPageAsItIsDisplayed() throws Exception {
		// given
		TestDocuments.PlacedText placed = new TestDocuments.PlacedText("Invoice No. INV-2024-0042 (landscape)", 72, 100, 12);
		Path pdf = TestDocuments.landscapePdfStoredRotated(dir.resolve("landscape.pdf"), placed);

		// when
		DecodedPage page;
		try (DecodedDocument document = new DocumentDecoder(LIMITS).open(pdf)) {
			page = document.page(1);
		}

		// then: landscape, and the text near the top-left as a reader sees it
		assertThat(page).isInstanceOfSatisfying(TextLayerPage.class, textPage -> {
			assertThat(textPage.width()).isCloseTo(841.89f, within(0.01f));
			assertThat(textPage.height()).isCloseTo(595.28f, within(0.01f));
			assertThat(textPage.lines()).singleElement().satisfies(line -> {
				assertThat(line.text()).isEqualTo(placed.text());
				assertThat(line.box().minX()).isCloseTo(72f, within(0.5f));
				assertThat(line.box().minY()).isBetween(88f, 93f);
				assertThat(line.box().maxY()).isBetween(100f, 104f);
			});
		});
	}

	@Test
	void rendersAPageThatIsOnlyAScannedImage() throws Exception {
		// given
		Path pdf = TestDocuments.scannedPdf(dir.resolve("scan.pdf"));
		DecodeLimits at144Dpi = new DecodeLimits(10_000_000, 10, 60_000_000, 144, 20);

		// when
		DecodedPage page;
		try (DecodedDocument document = new DocumentDecoder(at144Dpi).open(pdf)) {
			page = document.page(1);
		}

		// then: A4 is 595.28 x 841.89 points, two pixels per point at 144 dpi
		assertThat(page).isInstanceOf(ImagePage.class);
		ImagePage imagePage = (ImagePage) page;
		BufferedImage image = imagePage.image();
		assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
		assertThat(image.getWidth()).isEqualTo(1190);
		assertThat(image.getHeight()).isEqualTo(1683);
		assertThat(imagePage.exifRotation()).isZero();
		// The scan is black in its top-left quarter and white elsewhere.
		assertThat(brightness(image, 100, 100)).isLessThan(40);
		assertThat(brightness(image, 1000, 1500)).isGreaterThan(215);
	}

	@Test
	void rendersAPageWhoseTextLayerIsTooShortToTrust() throws Exception {
		// given: a scan stamped with a page number, the only text on the page
		Path pdf = dir.resolve("stamped-scan.pdf");
		try (PDDocument document = new PDDocument()) {
			TestDocuments.addScannedPage(document);
			try (PDPageContentStream content = new PDPageContentStream(document, document.getPage(0), AppendMode.APPEND,
					false)) {
				content.beginText();
				content.setFont(TestDocuments.HELVETICA, 10);
				content.newLineAtOffset(500, 20);
				content.showText("Page 1 of 1");
				content.endText();
			}
			document.save(pdf.toFile());
		}

		// when
		DecodedPage page;
		try (DecodedDocument document = new DocumentDecoder(LIMITS).open(pdf)) {
			page = document.page(1);
		}

		// then: 9 characters are fewer than the 20 required
		assertThat(page).isInstanceOf(ImagePage.class);
	}

	@Test
	void decodesEachPageOfAMixedPdfByItsOwnPath() throws Exception {
		// given
		Path pdf = TestDocuments.mixedPdf(dir.resolve("mixed.pdf"));

		// when
		DecodedPage first;
		DecodedPage second;
		int pageCount;
		try (DecodedDocument document = new DocumentDecoder(LIMITS).open(pdf)) {
			pageCount = document.pageCount();
			second = document.page(2);
			first = document.page(1);
		}

		// then
		assertThat(pageCount).isEqualTo(2);
		assertThat(first).isInstanceOfSatisfying(TextLayerPage.class, page -> {
			assertThat(page.number()).isEqualTo(1);
			assertThat(page.lines()).extracting(TextLine::text).contains("Invoice No. INV-2024-0042");
		});
		assertThat(second).isInstanceOfSatisfying(ImagePage.class, page -> {
			assertThat(page.number()).isEqualTo(2);
			assertThat(page.image().getWidth()).isEqualTo(595);
			assertThat(page.image().getHeight()).isEqualTo(841);
		});
	}

	@Test
	void refusesAPdfThatNeedsAUserPassword() throws Exception {
		// given
		Path pdf = TestDocuments.protectedPdf(dir.resolve("locked.pdf"), "owner-secret", "user-secret");

		// when
		DocumentDecodeException failure = DecodeFailures.opening(pdf, LIMITS);

		// then
		assertThat(failure.reason()).isEqualTo(Reason.ENCRYPTED);
		assertThat(failure.getMessage()).contains("the PDF is password-protected");
	}

	@Test
	void readsAPdfThatOnlyHasAnOwnerPassword() throws Exception {
		// given: opens without a password, but forbids copying and printing
		Path pdf = TestDocuments.protectedPdf(dir.resolve("restricted.pdf"), "owner-secret", "");

		// when
		DecodedPage page;
		try (DecodedDocument document = new DocumentDecoder(LIMITS).open(pdf)) {
			page = document.page(1);
		}

		// then
		assertThat(page).isInstanceOfSatisfying(TextLayerPage.class, textPage -> assertThat(textPage.lines())
			.extracting(TextLine::text)
			.contains("ACME Supplies GmbH", "1,234.50 EUR"));
	}

	@Test
	void reportsATruncatedPdfAsCorrupt() throws Exception {
		// given: the first half of a PDF, as an interrupted upload leaves it
		byte[] whole = Files.readAllBytes(TestDocuments.bornDigitalPdf(dir.resolve("whole.pdf")));
		Path pdf = Files.write(dir.resolve("truncated.pdf"), TestDocuments.truncated(whole, 0.5));

		// when
		DocumentDecodeException failure = DecodeFailures.opening(pdf, LIMITS);

		// then
		assertThat(failure.reason()).isEqualTo(Reason.CORRUPT);
		assertThat(failure.getMessage()).startsWith("the PDF is damaged or cut short and could not be read (")
			.contains("ask its sender for a new copy")
			.doesNotContain("()");
	}

	@Test
	void refusesMorePagesThanTheLimitWhenOpening() throws Exception {
		// given
		Path pdf = TestDocuments.textPdfWithPages(dir.resolve("long.pdf"), 3);
		DecodeLimits twoPages = new DecodeLimits(10_000_000, 2, 60_000_000, 72, 20);

		// when
		DocumentDecodeException failure = DecodeFailures.opening(pdf, twoPages);

		// then
		assertThat(failure.reason()).isEqualTo(Reason.TOO_MANY_PAGES);
		assertThat(failure.getMessage()).contains("3 pages", "limit of 2", "invoice-ocr.ocr.decode.max-pages");
	}

	@Test
	void refusesToRenderAPageLargerThanThePixelLimit() throws Exception {
		// given: A4 at 300 dpi is 2480 x 3507 pixels, some 8.7 megapixels
		Path pdf = TestDocuments.scannedPdf(dir.resolve("scan.pdf"));
		DecodeLimits fiveMegapixels = new DecodeLimits(10_000_000, 10, 5_000_000, 300, 20);

		// when
		DocumentDecodeException failure = DecodeFailures.decodingPage(pdf, fiveMegapixels, 1);

		// then
		assertThat(failure.reason()).isEqualTo(Reason.TOO_MANY_PIXELS);
		assertThat(failure.getMessage()).contains("page 1", "300 dpi", "2480 x 3507", "5000000",
				"invoice-ocr.ocr.decode.max-pixels-per-page", "invoice-ocr.ocr.decode.render-dpi");
	}

	@Test
	void refusesToRenderAPageEmbeddingAnImageLargerThanThePixelLimit() throws Exception {
		// given
		Path pdf = TestDocuments.pdfWithImageBomb(dir.resolve("bomb.pdf"));

		// when
		DocumentDecodeException failure = DecodeFailures.decodingPage(pdf, LIMITS, 1);

		// then
		assertThat(failure.reason()).isEqualTo(Reason.TOO_MANY_PIXELS);
		assertThat(failure.getMessage()).contains("draws an image of 100000 x 100000 pixels",
				"invoice-ocr.ocr.decode.max-pixels-per-page");
	}

	private static TextLine lineWithText(List<TextLine> lines, String text) {
		return lines.stream().filter(line -> line.text().equals(text)).findFirst().orElseThrow();
	}

	private static int brightness(BufferedImage image, int x, int y) {
		int rgb = image.getRGB(x, y);
		return ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
	}

}
