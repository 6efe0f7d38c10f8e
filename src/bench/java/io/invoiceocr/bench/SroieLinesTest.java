package io.invoiceocr.bench;

import java.util.List;

import io.invoiceocr.ocr.Point;
import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.TextLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Parsing SROIE ground-truth line files. */
class SroieLinesTest {

	@Test
	void theTranscriptIsEverythingAfterTheEighthCommaCommasIncluded() {
		// given rows as SROIE writes them, with commas in addresses and amounts
		String content = """
				72,25,326,25,326,64,72,64,TAN WOON YANN
				50,82,440,82,440,121,50,121,NO.53, 55,57 & 59, JALAN SAGU 18,
				24,331,384,331,384,350,24,350,TOTAL: 1,234.00
				""";

		// when
		List<TextLine> lines = SroieLines.parse(content, "x.txt");

		// then
		assertThat(lines).extracting(TextLine::text)
			.containsExactly("TAN WOON YANN", "NO.53, 55,57 & 59, JALAN SAGU 18,", "TOTAL: 1,234.00");
		assertThat(lines.get(1).box()).isEqualTo(new Quad(new Point(50, 82), new Point(440, 82),
				new Point(440, 121), new Point(50, 121)));
		assertThat(lines).extracting(TextLine::index).containsExactly(0, 1, 2);
		assertThat(lines).extracting(TextLine::page).containsOnly(1);
	}

	@Test
	void acceptsWindowsLineEndsAByteOrderMarkAndBlankRows() {
		// given
		String content = "\uFEFF10,10,90,10,90,30,10,30,CASH\r\n\r\n10,40,90,40,90,60,10,60,CHANGE\r\n";

		// when
		List<TextLine> lines = SroieLines.parse(content, "x.txt");

		// then
		assertThat(lines).extracting(TextLine::text).containsExactly("CASH", "CHANGE");
	}

	@Test
	void aRowWithoutItsTranscriptIsAnErrorNamingFileAndRow() {
		assertThatIllegalArgumentException().isThrownBy(() -> SroieLines.parse("1,2,3,4\n", "X51.txt"))
			.withMessageContaining("X51.txt row 1");
	}

	@Test
	void aCoordinateThatIsNotANumberIsAnErrorNamingFileAndRow() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SroieLines.parse("1,1,2,2,3,3,4,4,OK\n1,x,2,2,3,3,4,4,BAD\n", "X52.txt"))
			.withMessageContaining("X52.txt row 2");
	}

	@Test
	void theReferenceTextPutsTheLinesInReadingOrder() {
		// given ground truth listed out of order: a right column first, then its row's left part,
		// the two boxes on one visual line within half a line height
		String content = """
				300,104,380,104,380,124,300,124,9.00
				20,100,120,100,120,120,20,120,TOTAL
				20,10,200,10,200,30,20,30,SHOP NAME
				""";

		// when
		String reference = SroieLines.referenceText(SroieLines.parse(content, "x.txt"));

		// then
		assertThat(reference).isEqualTo("SHOP NAME\nTOTAL 9.00");
	}

}
