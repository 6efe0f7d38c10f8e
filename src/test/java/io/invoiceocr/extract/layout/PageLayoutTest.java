package io.invoiceocr.extract.layout;

import java.util.List;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.PrintedPage;
import io.invoiceocr.ocr.OcrResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Blocks of a page by the whitespace between its lines, on a text layer and on a skewed scan. */
class PageLayoutTest {

	private static final PrintedPage LETTERHEAD = new PrintedPage()
		.block(280, 15, "Hartmann Werbeagentur GmbH", "USt-IdNr.: DE493704500", "kontakt@hartmann.de")
		.block(440, 15, "Hauptstraße 48", "60386 Frankfurt am Main")
		.line(30, 15, "HW", 2.5f)
		// a table: rows a line space apart, the first description wrapping onto a second line
		.line(30, 200, "Description").line(300, 200, "Qty").line(520, 200, "Amount")
		.block(30, 226, "Brochure A4, 16 pages,", "1,000 copies").line(300, 226, "2").line(520, 226, "€ 191,26")
		.line(30, 264, "Roll-up banner").line(300, 264, "4").line(520, 264, "€ 472,00");

	@Test
	void blocksSideBySideStayApart() {
		// given a letterhead whose name column has the address column beside it
		PageLayout layout = layoutOf(LETTERHEAD.textLayer());

		// when the name's block is looked up
		TextBlock name = blockStartingWith(layout, "Hartmann Werbeagentur GmbH");

		// then it holds its own column only, and the address is the block level beside it
		assertThat(texts(name)).containsExactly("Hartmann Werbeagentur GmbH", "USt-IdNr.: DE493704500", "kontakt@hartmann.de");
		assertThat(layout.levelRightOf(name)).extracting(PageLayoutTest::texts)
			.containsExactly(List.of("Hauptstraße 48", "60386 Frankfurt am Main"));
	}

	@Test
	void tableRowsAreBlocksOfTheirOwnAndAWrappedCellIsOne() {
		// given the same page
		PageLayout layout = layoutOf(LETTERHEAD.textLayer());

		// then the wrapped description is one block, and neither its row's numbers nor the next row join it
		assertThat(texts(blockStartingWith(layout, "Brochure A4, 16 pages,"))).containsExactly("Brochure A4, 16 pages,", "1,000 copies");
		assertThat(texts(blockStartingWith(layout, "Roll-up banner"))).containsExactly("Roll-up banner");
		assertThat(texts(blockStartingWith(layout, "2"))).containsExactly("2");
		// and the logo's initials, printed larger, are no part of the name
		assertThat(texts(blockStartingWith(layout, "HW"))).containsExactly("HW");
	}

	@Test
	void aSkewedScanGivesTheSameBlocks() {
		// given the page as OCR reads a scan of it turned by 1.3 degrees
		PageLayout scanned = layoutOf(LETTERHEAD.scanned(1.3));

		// then its blocks hold the same lines as the text layer's
		assertThat(scanned.blocks()).extracting(PageLayoutTest::texts)
			.containsExactlyInAnyOrderElementsOf(layoutOf(LETTERHEAD.textLayer()).blocks().stream().map(PageLayoutTest::texts).toList());
	}

	@Test
	void wordsOcrBoxedApartAreOneLine() {
		// given a scan whose detector boxed the words of a name apart, a word space between them
		OcrResult scan = new PrintedPage().line(100, 100, "Wagner").line(134, 100, "Elektrotechnik").line(212, 100, "GmbH")
			.line(100, 112, "Ringstraße 5")
			.scanned(0.5);

		// when the page is laid out
		PageLayout layout = layoutOf(scan);

		// then the name is one line of its block
		assertThat(layout.blocks()).extracting(PageLayoutTest::texts)
			.containsExactly(List.of("Wagner Elektrotechnik GmbH", "Ringstraße 5"));
	}

	private static PageLayout layoutOf(OcrResult document) {
		return DocumentText.of(document).layout().page(1);
	}

	private static TextBlock blockStartingWith(PageLayout layout, String first) {
		return layout.blocks().stream().filter(block -> block.first().text().equals(first)).findFirst().orElseThrow();
	}

	private static List<String> texts(TextBlock block) {
		return block.lines().stream().map(BlockLine::text).toList();
	}

}
