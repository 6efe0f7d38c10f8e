package io.invoiceocr.ocr.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.invoiceocr.ocr.ReadDeadline;
import io.invoiceocr.ocr.decode.DocumentDecodeException.Reason;
import io.invoiceocr.support.PdfFaults;
import io.invoiceocr.support.PdfImageBombs;

/**
 * PDFs built to exhaust a reader: an image bomb behind each route by which a page reaches an
 * image, a page tree that loops, a page that takes for ever to draw. Each is refused with a reason
 * before it costs the memory or the time.
 */
class PdfHostileContentTest {

	private static final DecodeLimits LIMITS = new DecodeLimits(10_000_000, 10, 60_000_000, 150, 20);

	@TempDir
	Path dir;

	static Iterable<Arguments> imageBombs() {
		return java.util.List.of(Arguments.of("an image XObject", PdfImageBombs.xObjectBomb(), "draws an image of"),
				Arguments.of("an inline image", PdfImageBombs.inlineImageBomb(), "draws an inline image of"),
				Arguments.of("an annotation's appearance", PdfImageBombs.annotationBomb(), "draws an image of"),
				Arguments.of("a tiling pattern", PdfImageBombs.patternBomb(), "draws an image of"),
				Arguments.of("an image's soft mask", PdfImageBombs.softMaskBomb(), "draws an image's soft mask of"),
				Arguments.of("a Type 3 glyph", PdfImageBombs.type3Bomb(), "draws an inline image of"));
	}

	@ParameterizedTest(name = "behind {0}")
	@MethodSource("imageBombs")
	void anImageOverThePixelLimitIsRefusedBeforeItIsDecoded(String route, byte[] pdf, String said) throws Exception {
		// given a page that reaches a 40000 x 40000 image through this route
		Path file = Files.write(dir.resolve("bomb.pdf"), pdf);

		// when its page is decoded
		DocumentDecodeException failure = DecodeFailures.decodingPage(file, LIMITS, 1);

		// then it is refused for its size, naming the image, its size and the setting
		assertThat(failure.reason()).isEqualTo(Reason.TOO_MANY_PIXELS);
		assertThat(failure.getMessage()).contains("page 1 " + said + " 40000 x 40000 pixels",
				"invoice-ocr.ocr.decode.max-pixels-per-page");
	}

	@Test
	void aPageTreeThatLoopsIsNamedAsSuch() throws Exception {
		// given
		Path file = Files.write(dir.resolve("loop.pdf"), PdfFaults.cyclicPageTree());

		// when
		DocumentDecodeException failure = DecodeFailures.opening(file, LIMITS);

		// then
		assertThat(failure.reason()).isEqualTo(Reason.CORRUPT);
		assertThat(failure.getMessage()).contains("page tree", "re-save").doesNotContain("recursion");
	}

	@Test
	void aPageThatTakesTooLongToDrawStopsAtTheDeadline() throws Exception {
		// given a page of a million strokes and a limit of 200 ms
		Path file = Files.write(dir.resolve("paths.pdf"), PdfFaults.millionPaths());

		// when it is rendered within that limit
		Throwable thrown = within(Duration.ofMillis(200), () -> {
			try (DecodedDocument document = new DocumentDecoder(LIMITS).open(file)) {
				return document.page(1);
			}
			catch (DocumentDecodeException ex) {
				throw new IllegalStateException(ex);
			}
		});

		// then it stops with the limit and its setting named
		assertThat(thrown).isInstanceOf(ReadDeadline.ReadTimeoutException.class)
			.hasMessageContaining("200 ms")
			.hasMessageContaining("the.setting");
	}

	@Test
	void formsNestedDeepStillGiveTheirText() throws Exception {
		// given an invoice's text inside 40 nested forms
		Path file = Files.write(dir.resolve("nested.pdf"), PdfFaults.nestedForms(40));

		// when
		DecodedPage page;
		try (DecodedDocument document = new DocumentDecoder(LIMITS).open(file)) {
			page = document.page(1);
		}

		// then the text layer is read
		assertThat(page).isInstanceOf(TextLayerPage.class);
		assertThat(((TextLayerPage) page).lines()).extracting(line -> line.text()).contains("INVOICE");
	}

	private static Throwable within(Duration limit, Supplier<Object> work) {
		try {
			ReadDeadline.within(limit, "the.setting", work);
			return null;
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

}
