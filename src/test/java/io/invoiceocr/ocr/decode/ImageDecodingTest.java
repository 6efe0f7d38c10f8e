package io.invoiceocr.ocr.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.invoiceocr.ocr.decode.DocumentDecodeException.Reason;

/** Image files, one page each except multi-page TIFFs, and the ways an image can be refused. */
class ImageDecodingTest {

	private static final DecodeLimits LIMITS = DecodeLimits.defaults();

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "png, image/png", "jpeg, image/jpeg", "bmp, image/bmp", "gif, image/gif", "tiff, image/tiff" })
	void decodesAnImageFileAsOneUprightRgbPage(String format, String mediaType) throws Exception {
		// given: the name says nothing; only the content tells the type
		BufferedImage picture = TestDocuments.markedImage(200, 100, BufferedImage.TYPE_INT_RGB);
		Path file = TestDocuments.writeImage(dir.resolve("upload.bin"), picture, format);

		// when
		DecodedPage page;
		String detected;
		int pageCount;
		try (DecodedDocument document = new DocumentDecoder(LIMITS).open(file)) {
			detected = document.mediaType();
			pageCount = document.pageCount();
			page = document.page(1);
		}

		// then
		assertThat(detected).isEqualTo(mediaType);
		assertThat(pageCount).isEqualTo(1);
		assertThat(page).isInstanceOfSatisfying(ImagePage.class, imagePage -> {
			assertThat(imagePage.number()).isEqualTo(1);
			assertThat(imagePage.exifRotation()).isZero();
			BufferedImage image = imagePage.image();
			assertThat(image.getType()).isIn(BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB);
			assertThat(image.getWidth()).isEqualTo(200);
			assertThat(image.getHeight()).isEqualTo(100);
			assertThat(Colors.isRed(image.getRGB(10, 10))).as("marker stays top-left").isTrue();
			assertThat(Colors.isWhite(image.getRGB(150, 80))).isTrue();
		});
	}

	@Test
	void putsATransparentBackgroundOnWhitePaper() throws Exception {
		// given: a PNG whose background is fully transparent
		BufferedImage picture = new BufferedImage(50, 50, BufferedImage.TYPE_INT_ARGB);
		picture.setRGB(0, 0, Color.BLACK.getRGB());
		Path file = TestDocuments.writeImage(dir.resolve("logo.png"), picture, "png");

		// when
		ImagePage page;
		try (DecodedDocument document = new DocumentDecoder(LIMITS).open(file)) {
			page = (ImagePage) document.page(1);
		}

		// then
		assertThat(page.image().getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
		assertThat(page.image().getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x000000);
		assertThat(page.image().getRGB(25, 25) & 0xFFFFFF).isEqualTo(0xFFFFFF);
	}

	@Test
	void decodesEveryFrameOfAMultiPageTiffAsAPage() throws Exception {
		// given
		List<BufferedImage> frames = List.of(TestDocuments.markedImage(120, 80, BufferedImage.TYPE_INT_RGB),
				TestDocuments.markedImage(60, 90, BufferedImage.TYPE_BYTE_GRAY),
				TestDocuments.markedImage(30, 40, BufferedImage.TYPE_3BYTE_BGR));
		Path file = TestDocuments.multiPageTiff(dir.resolve("scan.tif"), frames);

		// when
		int pageCount;
		List<DecodedPage> pages;
		try (DecodedDocument document = new DocumentDecoder(LIMITS).open(file)) {
			pageCount = document.pageCount();
			pages = List.of(document.page(1), document.page(2), document.page(3));
		}

		// then
		assertThat(pageCount).isEqualTo(3);
		assertThat(pages).extracting(DecodedPage::number).containsExactly(1, 2, 3);
		assertThat(pages).extracting(page -> ((ImagePage) page).image().getWidth()).containsExactly(120, 60, 30);
		assertThat(pages).extracting(page -> ((ImagePage) page).image().getHeight()).containsExactly(80, 90, 40);
		BufferedImage gray = ((ImagePage) pages.get(1)).image();
		assertThat(gray.getType()).isIn(BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB);
		// Red on a gray frame is a mid gray, and must stay that (no gamma shift on the way to RGB).
		int expectedGray = new Color(Color.RED.getRGB()).getRed() * 299 / 1000;
		assertThat(gray.getRGB(5, 5) & 0xFF).isCloseTo(expectedGray, within(10));
	}

	@Test
	void refusesATiffWithMoreFramesThanThePageLimit() throws Exception {
		// given
		BufferedImage frame = TestDocuments.markedImage(20, 20, BufferedImage.TYPE_INT_RGB);
		Path file = TestDocuments.multiPageTiff(dir.resolve("scan.tif"), List.of(frame, frame, frame));
		DecodeLimits twoPages = new DecodeLimits(LIMITS.maxBytes(), 2, LIMITS.maxPixelsPerPage(), 300, 20);

		// when
		DocumentDecodeException failure = DecodeFailures.opening(file, twoPages);

		// then
		assertThat(failure.reason()).isEqualTo(Reason.TOO_MANY_PAGES);
		assertThat(failure.getMessage()).contains("3 pages", "limit of 2", "invoice-ocr.ocr.decode.max-pages");
	}

	@Test
	void reportsATiffWhoseFramesLoopAsCorrupt() throws Exception {
		// given: Java's TIFF reader would follow this loop without end
		Path file = TestDocuments.tiffWithLoopingDirectories(dir.resolve("loop.tif"));

		// when
		DocumentDecodeException failure = DecodeFailures.opening(file, LIMITS);

		// then
		assertThat(failure.reason()).isEqualTo(Reason.CORRUPT);
		assertThat(failure.getMessage()).contains("TIFF", "loops back on itself");
	}

	@Test
	void refusesADecompressionBombBeforeAllocatingIt() throws Exception {
		// given: a PNG of a few dozen bytes declaring 100000 x 100000 pixels (30 GB decoded)
		Path file = Files.write(dir.resolve("bomb.png"), TestDocuments.pngDeclaring(100_000, 100_000));

		// when
		DocumentDecodeException failure = DecodeFailures.decodingPage(file, LIMITS, 1);

		// then
		assertThat(failure.reason()).isEqualTo(Reason.TOO_MANY_PIXELS);
		assertThat(failure.getMessage()).contains("page 1 is 100000 x 100000 pixels", "limit of 60000000",
				"invoice-ocr.ocr.decode.max-pixels-per-page");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "png, PNG", "gif, GIF", "jpeg, JPEG" })
	void reportsATruncatedImageAsCorrupt(String format, String typeName) throws Exception {
		// given: a noisy picture (so that the data is long), cut short after its header
		BufferedImage noise = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(7);
		for (int y = 0; y < 300; y++) {
			for (int x = 0; x < 300; x++) {
				noise.setRGB(x, y, random.nextInt());
			}
		}
		byte[] whole = Files.readAllBytes(TestDocuments.writeImage(dir.resolve("whole"), noise, format));
		byte[] cut = Arrays.copyOf(whole, headerLength(format));
		Path file = Files.write(dir.resolve("cut"), cut);

		// when
		DocumentDecodeException failure = DecodeFailures.of(() -> {
			try (DecodedDocument document = new DocumentDecoder(LIMITS).open(file)) {
				document.page(1);
			}
		});

		// then
		assertThat(failure.reason()).isEqualTo(Reason.CORRUPT);
		assertThat(failure.getMessage()).startsWith("the " + typeName + " image could not be");
	}

	@Test
	void refusesAPageNumberOutsideTheDocument() throws Exception {
		// given
		Path file = TestDocuments.writeImage(dir.resolve("one.png"),
				TestDocuments.markedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png");

		// when / then
		try (DecodedDocument document = new DocumentDecoder(LIMITS).open(file)) {
			assertThatThrownBy(() -> document.page(0)).isInstanceOf(IndexOutOfBoundsException.class);
			assertThatThrownBy(() -> document.page(2)).isInstanceOf(IndexOutOfBoundsException.class);
		}
	}

	/** Enough bytes for the header and the start of the data, nowhere near the end. */
	private static int headerLength(String format) {
		return switch (format) {
			case "png" -> 200;
			case "gif" -> 1000;
			default -> 800;
		};
	}

}
